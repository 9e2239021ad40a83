package org.govgraph.client;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.govgraph.client.model.Connection;
import org.govgraph.client.model.Edge;
import org.govgraph.client.model.PageInfo;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** Pages are fetched lazily, in order, with the previous page's {@code endCursor}, and no further than needed. */
class PagesTest {

	/** Items 0 … size-1 in pages of {@code pageSize}; the cursor of an item is its number. */
	static Connection<Integer> page(int size, int pageSize, String after) {
		int from = (after == null) ? 0 : Integer.parseInt(after) + 1;
		int to = Math.min(size, from + pageSize);
		List<Edge<Integer>> edges = IntStream.range(from, to).mapToObj((i) -> new Edge<>(String.valueOf(i), i)).toList();
		String end = edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor();
		return new Connection<>(edges, new PageInfo(to < size, after != null, edges.isEmpty() ? null : edges.get(0).cursor(), end),
				size);
	}

	@Test
	void walksEveryPageInOrder() {
		var asked = new ArrayList<String>();
		var items = Pages.<Integer>stream((after) -> {
			asked.add(after);
			return page(7, 3, after);
		}).toList();
		assertThat(items).containsExactly(0, 1, 2, 3, 4, 5, 6);
		assertThat(asked).containsExactly(null, "2", "5");
	}

	@Test
	void fetchesNothingUntilConsumedAndNoMoreThanNeeded() {
		var asked = new ArrayList<String>();
		var stream = Pages.<Integer>stream((after) -> {
			asked.add(after);
			return page(100, 10, after);
		});
		assertThat(asked).isEmpty();
		assertThat(stream.limit(15).toList()).hasSize(15);
		assertThat(asked).containsExactly(null, "9");
	}

	@Test
	void anEmptyConnectionIsOneRequest() {
		var asked = new ArrayList<String>();
		assertThat(Pages.<Integer>stream((after) -> {
			asked.add(after);
			return page(0, 10, after);
		})).isEmpty();
		assertThat(asked).hasSize(1);
	}

	@Test
	void aServerThatPromisesMoreWithoutACursorIsNotWalkedForever() {
		var broken = new Connection<Integer>(List.of(new Edge<>("a", 1)), new PageInfo(true, false, "a", null), 2);
		assertThatIllegalStateException().isThrownBy(() -> Pages.<Integer>stream((after) -> broken).toList());
		var circle = new Connection<Integer>(List.of(new Edge<>("a", 1)), new PageInfo(true, false, "a", "a"), 2);
		assertThatIllegalStateException().isThrownBy(() -> Pages.<Integer>stream((after) -> circle).toList());
	}

}
