package org.deliberation.web.deliberation.live;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * How one list of the synthesis changed between two versions: the statements it holds now, in order, by id, and the
 * entries among them that are new to it or changed. The new list is, for each id of {@code order}, its entry in
 * {@code put} if there, else its entry in the old list. An entry that left the list is simply not in {@code order}.
 *
 * @param order the ids of the list's statements, in the new order
 * @param put the entries new to the list or changed (counts, score, text), in no particular order
 */
public record ListPatch(List<String> order, List<ScoredStatement> put) {

  public ListPatch {
    order = List.copyOf(order);
    put = List.copyOf(put);
  }

  /** The change from {@code old} to {@code now}, or null when there is none; both lists name each statement once. */
  static @Nullable ListPatch between(List<ScoredStatement> old, List<ScoredStatement> now) {
    if (old.equals(now)) {
      return null;
    }
    var before = byId(old);
    var order = new ArrayList<String>(now.size());
    var put = new ArrayList<ScoredStatement>();
    for (var entry : now) {
      order.add(entry.statement());
      if (!entry.equals(before.get(entry.statement()))) {
        put.add(entry);
      }
    }
    return new ListPatch(order, put);
  }

  /** The new list; an id found neither in {@code put} nor in {@code old} means the patch is not for this list. */
  public List<ScoredStatement> applyTo(List<ScoredStatement> old) {
    var entries = byId(old);
    entries.putAll(byId(put));
    var out = new ArrayList<ScoredStatement>(order.size());
    for (var id : order) {
      var entry = entries.get(id);
      if (entry == null) {
        throw new IllegalArgumentException("the patch names a statement the list never had: " + id);
      }
      out.add(entry);
    }
    return out;
  }

  /** Whether a list can be patched: a patch names entries by their statement, so each must be there once. */
  static boolean keyed(List<ScoredStatement> list) {
    var seen = new HashSet<String>();
    return list.stream().allMatch(entry -> seen.add(entry.statement()));
  }

  private static Map<String, ScoredStatement> byId(List<ScoredStatement> list) {
    var map = new HashMap<String, ScoredStatement>();
    list.forEach(entry -> map.put(entry.statement(), entry));
    return map;
  }
}
