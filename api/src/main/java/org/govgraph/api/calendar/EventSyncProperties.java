package org.govgraph.api.calendar;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The sync tokens of {@code eventChanges} ({@link EventSyncTokens}).
 *
 * @param syncTokenTtl how long a sync token (and the cursors of its pages) stays valid after it
 * was issued; an older one is {@code SYNC_TOKEN_INVALID}
 * @param syncTokenSecret the HMAC-SHA256 key tokens are signed with, base64, at least 256 bits;
 * when unset, a key derived from the key of local bearer tokens
 * ({@code govgraph.security.jwt.hmac-secret}, or the one generated beside the embedded Neo4j)
 */
@ConfigurationProperties("govgraph.calendar")
public record EventSyncProperties(@DefaultValue("30d") Duration syncTokenTtl, String syncTokenSecret) {
}
