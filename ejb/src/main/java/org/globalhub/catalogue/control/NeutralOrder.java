package org.globalhub.catalogue.control;

import java.util.SplittableRandom;

/**
 * The catalogue's default order: a shuffle of its own for every visitor, stable while they page.
 * Every tool draws a random shuffle key below p at creation; every visitor gets a seed, which picks
 * an affine permutation {@code (a·key + b) mod p} (p prime). Over visitors, each tool is first
 * equally often (NeutralOrderTest measures it); nobody's place depends on who pays or who is big.
 * The catalogue's list and the finder sort by this rank, then by id, over the in-memory index of
 * the published catalogue, so paging stays consistent. Ids are not used as keys: their regular
 * spacing made the first and last tools come first up to twice as often.
 */
public record NeutralOrder(long multiplier, long offset) {

    /** 2^31 − 1, a prime: every multiplier below it gives a permutation of ids below it. */
    public static final long MODULUS = 2_147_483_647L;

    public NeutralOrder {
        if (multiplier < 1 || multiplier >= MODULUS || offset < 0 || offset >= MODULUS) {
            throw new IllegalArgumentException("multiplier in [1, p), offset in [0, p)");
        }
    }

    public static NeutralOrder forSeed(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        return new NeutralOrder(1 + random.nextLong(MODULUS - 1), random.nextLong(MODULUS));
    }

    /** A tool's place in this order, from its shuffle key (ties, rare, fall back to id). */
    public long rank(long shuffleKey) {
        return Math.floorMod(shuffleKey * multiplier + offset, MODULUS);
    }
}
