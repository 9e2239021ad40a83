package org.govgraph.client.model;

/**
 * Whom to contact about an event, as the source gives it.
 *
 * @param organization the organization, e.g. {@code United Nations Secretariat of the Internet Governance Forum (IGF)}; null where not given.
 * @param address the postal address; null where not given.
 * @param email the e-mail address; null where not given.
 * @param phone the telephone number, as written; null where not given.
 */
public record EventContact(String organization, String address, String email, String phone) {

}
