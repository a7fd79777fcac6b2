package org.deliberation.search.minhash;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.SplittableRandom;

/**
 * MinHash signatures, their similarity, and the locality-sensitive hashing bands that find candidates for them.
 *
 * <p>A signature keeps, for each of {@link #HASHES} hash functions, the smallest hash of a text's shingles. Two texts
 * agree on one function's minimum with probability equal to the Jaccard similarity of their shingle sets, so the share
 * of agreeing positions estimates it, with a standard error of sqrt(J(1−J)/256), at most 0.031 (Broder, "On the
 * resemblance and containment of documents", 1997).
 *
 * <p>Bands (Leskovec, Rajaraman and Ullman, <i>Mining of Massive Datasets</i>, ch. 3.4): the signature is cut into
 * {@link #BANDS} bands of {@link #ROWS_PER_BAND} rows, each indexed as one term; a text sharing any band is a candidate,
 * with probability 1−(1−J²)^128, above 0.999999 from J = 0.35 on, so no text above {@link #THRESHOLD} is missed for
 * want of a shared band; the price, many candidates for texts at J = 0.2, is paid by ranking candidates by shared bands
 * and scoring the best few hundred only.
 *
 * <p>Deterministic: the hash functions come from a fixed seed, so the signatures stored in an index are the same after
 * every rebuild and on every node. Thread safe: no state beyond constants.
 */
public final class MinHash {

  /**
   * Hash functions per signature. With 128, the worst of 10,000 seeded variants of the near-duplicate test (exact
   * similarity 0.51) was estimated at 0.34 and two statements on the same topic (exact 0.21) up to 0.23: four standard
   * errors apart, too close. 256 halves the variance for 1 KB per statement and 128 band terms; the same trial then
   * gives 0.43 against 0.23.
   */
  public static final int HASHES = 256;

  /** Rows per band: two, so that a pair at J = 0.4 shares a band with near certainty (see the class comment). */
  public static final int ROWS_PER_BAND = 2;

  public static final int BANDS = HASHES / ROWS_PER_BAND;

  /**
   * The estimated Jaccard similarity from which two statements are near-duplicates. Four words of twenty replaced leave
   * an exact similarity of 0.51 at worst (each new word breaks itself and the two pairs it is in); different statements
   * on the same topic score 0.21 at most in the test's set. 0.35 is about five standard errors from either, where
   * their error curves cross.
   */
  public static final double THRESHOLD = 0.35;

  private static final long SEED = 0x6d696e68617368L;
  private static final long[] SALTS = new SplittableRandom(SEED).longs(HASHES).toArray();
  private static final int EMPTY = Integer.MAX_VALUE;

  private MinHash() {}

  /** The signature of a set of shingles; an empty set gives a signature that is similar to nothing. */
  public static int[] signature(Collection<String> shingles) {
    var signature = new int[HASHES];
    Arrays.fill(signature, EMPTY);
    for (var shingle : shingles) {
      long base = hash(shingle);
      for (int i = 0; i < HASHES; i++) {
        // The top 31 bits: never negative, so a signed comparison orders them, and EMPTY is above
        // every one but one.
        int value = (int) (mix(base ^ SALTS[i]) >>> 33);
        if (value < signature[i]) {
          signature[i] = value;
        }
      }
    }
    return signature;
  }

  /** The signature of a text's shingles. */
  public static int[] signature(String text) {
    return signature(Shingles.of(text));
  }

  /** The estimated Jaccard similarity of the texts two signatures were made from, between 0 and 1. */
  public static double similarity(int[] a, int[] b) {
    if (a.length != HASHES || b.length != HASHES || isEmpty(a) || isEmpty(b)) {
      return 0;
    }
    int agreeing = 0;
    for (int i = 0; i < HASHES; i++) {
      if (a[i] == b[i]) {
        agreeing++;
      }
    }
    return (double) agreeing / HASHES;
  }

  /** True for the signature of a text without a word. */
  public static boolean isEmpty(int[] signature) {
    return signature[0] == EMPTY;
  }

  /** The band terms of a signature, one per band; none for an empty signature, which must match nothing. */
  public static List<String> bands(int[] signature) {
    if (isEmpty(signature)) {
      return List.of();
    }
    var bands = new ArrayList<String>(BANDS);
    for (int band = 0; band < BANDS; band++) {
      var term = new StringBuilder().append(band);
      for (int row = 0; row < ROWS_PER_BAND; row++) {
        term.append(':').append(Integer.toHexString(signature[band * ROWS_PER_BAND + row]));
      }
      bands.add(term.toString());
    }
    return bands;
  }

  /** The signature as bytes, to store it. */
  public static byte[] encode(int[] signature) {
    var buffer = ByteBuffer.allocate(signature.length * Integer.BYTES);
    buffer.asIntBuffer().put(signature);
    return buffer.array();
  }

  /** A signature stored by {@link #encode}; anything else decodes to an empty signature. */
  public static int[] decode(byte[] bytes) {
    if (bytes.length != HASHES * Integer.BYTES) {
      var empty = new int[HASHES];
      Arrays.fill(empty, EMPTY);
      return empty;
    }
    var signature = new int[HASHES];
    ByteBuffer.wrap(bytes).asIntBuffer().get(signature);
    return signature;
  }

  /** 64-bit FNV-1a of the shingle's UTF-8 bytes, mixed so that similar strings give unrelated hashes. */
  private static long hash(String shingle) {
    long hash = 0xcbf29ce484222325L;
    for (byte b : shingle.getBytes(StandardCharsets.UTF_8)) {
      hash ^= b & 0xff;
      hash *= 0x100000001b3L;
    }
    return mix(hash);
  }

  /** SplitMix64's finalizer (Steele, Lea and Flood, 2014): every input bit flips each output bit with p ≈ 1/2. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
