package org.govgraph.clients.load;

import java.net.http.HttpResponse.BodyHandler;
import java.net.http.HttpResponse.BodySubscribers;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Flow;

/**
 * A response body handler that reads the whole body (so the connection can be reused) but keeps only its first
 * bytes: enough to see whether a GraphQL response carries errors, without holding megabytes of flood answers.
 */
final class BodyPrefix implements Flow.Subscriber<List<ByteBuffer>> {

	static final int KEEP = 16 * 1024;

	private final byte[] kept = new byte[KEEP];

	private int keptLength;

	private long total;

	/** A handler whose body is the first {@link #KEEP} bytes, decoded as UTF-8 (a cut character is replaced). */
	static BodyHandler<String> handler() {
		return info -> BodySubscribers.fromSubscriber(new BodyPrefix(), BodyPrefix::text);
	}

	@Override
	public void onSubscribe(Flow.Subscription subscription) {
		subscription.request(Long.MAX_VALUE);
	}

	@Override
	public void onNext(List<ByteBuffer> buffers) {
		for (ByteBuffer buffer : buffers) {
			int n = buffer.remaining();
			this.total += n;
			int take = Math.min(n, KEEP - this.keptLength);
			if (take > 0) {
				buffer.get(this.kept, this.keptLength, take);
				this.keptLength += take;
			}
		}
	}

	@Override
	public void onError(Throwable throwable) {
	}

	@Override
	public void onComplete() {
	}

	String text() {
		return new String(this.kept, 0, this.keptLength, StandardCharsets.UTF_8);
	}

	long total() {
		return this.total;
	}

}
