package org.deliberation.web.petition;

import java.util.List;
import org.deliberation.web.petition.projection.AuthorityView;

/** Every authority petitions may be addressed to. */
public record AuthorityList(List<AuthorityView> items) {

  public AuthorityList {
    items = List.copyOf(items);
  }
}
