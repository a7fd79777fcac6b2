package org.deliberation.web.deliberation.live;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * How the opinion groups changed between two versions: their ids now, in order, and the groups new or changed, each
 * with its size and the change to its representative statements (see {@link ListPatch}; against an empty list for a
 * new group).
 */
public record GroupsPatch(List<String> order, List<Changed> put) {

  public GroupsPatch {
    order = List.copyOf(order);
    put = List.copyOf(put);
  }

  /**
   * A group new or changed.
   *
   * @param representative null when its representative statements did not change
   */
  public record Changed(String id, int size, @Nullable ListPatch representative) {}

  static @Nullable GroupsPatch between(List<GroupView> old, List<GroupView> now) {
    if (old.equals(now)) {
      return null;
    }
    var before = byId(old);
    var order = new ArrayList<String>(now.size());
    var put = new ArrayList<Changed>();
    for (var group : now) {
      order.add(group.id());
      var was = before.get(group.id());
      if (!group.equals(was)) {
        put.add(
            new Changed(
                group.id(),
                group.size(),
                ListPatch.between(
                    was == null ? List.of() : was.representative(), group.representative())));
      }
    }
    return new GroupsPatch(order, put);
  }

  public List<GroupView> applyTo(List<GroupView> old) {
    var groups = byId(old);
    for (var changed : put) {
      var was = groups.get(changed.id());
      var representative = was == null ? List.<ScoredStatement>of() : was.representative();
      groups.put(
          changed.id(),
          new GroupView(
              changed.id(),
              changed.size(),
              changed.representative() == null
                  ? representative
                  : changed.representative().applyTo(representative)));
    }
    var out = new ArrayList<GroupView>(order.size());
    for (var id : order) {
      var group = groups.get(id);
      if (group == null) {
        throw new IllegalArgumentException("the patch names a group the view never had: " + id);
      }
      out.add(group);
    }
    return out;
  }

  /** Whether the groups can be patched: each group once, each of its representative statements once. */
  static boolean keyed(List<GroupView> groups) {
    var seen = new HashSet<String>();
    return groups.stream()
        .allMatch(group -> seen.add(group.id()) && ListPatch.keyed(group.representative()));
  }

  private static Map<String, GroupView> byId(List<GroupView> groups) {
    var map = new HashMap<String, GroupView>();
    groups.forEach(group -> map.put(group.id(), group));
    return map;
  }
}
