package org.govgraph.client;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.govgraph.client.model.Page;

/**
 * Walks a connection page by page, lazily: the first page is fetched when the stream is first
 * consumed, each next one ({@code after: pageInfo.endCursor}) only once the items before it are
 * consumed and while {@code pageInfo.hasNextPage}. A stream cut short ({@code limit},
 * {@code findFirst}) fetches no more pages than it needs.
 *
 * <pre>{@code
 * Stream<Event> events = Pages.stream((after) -> client.events(filter, null, 50, after));
 * }</pre>
 */
public final class Pages {

	private Pages() {
	}

	/**
	 * The items of every page, in order.
	 * @param fetch the page after a cursor; called with null for the first page
	 */
	public static <T> Stream<T> stream(Function<String, ? extends Page<T>> fetch) {
		return pages(fetch).flatMap((page) -> page.items().stream());
	}

	/**
	 * Every page, in order (for what a page carries besides its items, such as the
	 * {@code nextSyncToken} of the last page of {@code eventChanges}).
	 * @param fetch the page after a cursor; called with null for the first page
	 */
	public static <P extends Page<?>> Stream<P> pages(Function<String, ? extends P> fetch) {
		Objects.requireNonNull(fetch, "fetch");
		Iterator<P> iterator = new Iterator<>() {

			private P last;

			private boolean done;

			@Override
			public boolean hasNext() {
				return !this.done && (this.last == null || this.last.pageInfo().hasNextPage());
			}

			@Override
			public P next() {
				if (!hasNext()) {
					throw new NoSuchElementException();
				}
				String after = null;
				if (this.last != null) {
					after = this.last.pageInfo().endCursor();
					if (after == null) {
						this.done = true;
						throw new IllegalStateException("The page says hasNextPage but has no endCursor");
					}
				}
				P page = fetch.apply(after);
				if (page == null) {
					this.done = true;
					throw new IllegalStateException("No page after cursor " + after);
				}
				if (after != null && after.equals(page.pageInfo().endCursor()) && page.pageInfo().hasNextPage()) {
					this.done = true;
					throw new IllegalStateException("The page after " + after + " ends at the same cursor: not walking in a circle");
				}
				this.last = page;
				return page;
			}

		};
		return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator, Spliterator.ORDERED | Spliterator.NONNULL),
				false);
	}

}
