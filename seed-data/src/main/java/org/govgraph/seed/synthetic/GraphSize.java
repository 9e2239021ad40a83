package org.govgraph.seed.synthetic;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How big a synthetic governance graph is: {@code S} is the curated dataset alone; {@code M} adds
 * about 100,000 governance nodes and {@code L} about 1,000,000 (with some 460,000 and 4,600,000
 * relationships, and one {@code (:Support)} node per provenance entry besides). {@code XS} is
 * for tests (about 2,000 nodes). Every count is the {@link Shape} of scale 1 times the size's
 * scale.
 */
public enum GraphSize {

	S(0), XS(0.02), M(1), L(10);

	private final double scale;

	GraphSize(double scale) {
		this.scale = scale;
	}

	/** The counts of this size. */
	public Shape shape() {
		return Shape.scaled(this.scale);
	}

	public static Optional<GraphSize> of(String name) {
		return Arrays.stream(values()).filter((size) -> size.name().equals(name.toUpperCase(Locale.ROOT))).findFirst();
	}

	/**
	 * The counts of a synthetic graph.
	 *
	 * @param organizations fora at the top (ORGANIZATION); the other fora are their organs
	 * @param fora all fora
	 * @param groups stakeholder groups
	 * @param roles roles, each defined by a paragraph and held by a group
	 * @param topics topics
	 * @param documents source documents, each {@link #DOCUMENT_PARAGRAPHS} paragraphs of text
	 * that quoted provenance cites
	 * @param instruments instruments (resolutions, reports, opinions… with versions and
	 * revisions), 4 to 30 paragraphs each
	 * @param events events from 1965 to 2026 across the fora, one in ten a series of others
	 * @param sources curated sources (one per {@link #FACTS_PER_SOURCE} facts)
	 */
	public record Shape(int organizations, int fora, int groups, int roles, int topics, int documents, int instruments,
			int events, int sources) {

		public static final int DOCUMENT_PARAGRAPHS = 40;

		public static final int FACTS_PER_SOURCE = 40;

		static Shape scaled(double scale) {
			if (scale == 0) {
				return new Shape(0, 0, 0, 0, 0, 0, 0, 0, 0);
			}
			int instruments = count(4000, scale);
			int events = count(26000, scale);
			return new Shape(count(20, scale), count(200, scale), Math.min(40, count(20, scale)), count(400, scale),
					count(600, scale), count(10, scale), instruments, events,
					Math.max(1, (instruments * 17 + events) / FACTS_PER_SOURCE));
		}

		private static int count(int base, double scale) {
			return Math.max(1, (int) Math.round(base * scale));
		}

		/** Whether there is anything to generate (not for {@code S}). */
		public boolean isEmpty() {
			return this.instruments == 0;
		}

	}

}
