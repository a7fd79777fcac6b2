package org.deliberation.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

/**
 * The terms a query looks for, per text field, to mark them in a snippet. Terms under a negation are left out: a word
 * the person excluded is not what they are looking at.
 */
final class QueryTerms {

  private final Map<String, Set<BytesRef>> terms = new HashMap<>();
  private final Map<String, List<ByteRunAutomaton>> automata = new HashMap<>();

  private QueryTerms() {}

  static QueryTerms of(Query query) {
    var found = new QueryTerms();
    query.visit(
        new QueryVisitor() {
          @Override
          public void consumeTerms(Query query, Term... terms) {
            for (var term : terms) {
              found
                  .terms
                  .computeIfAbsent(Fields.textFieldLike(term.field()), field -> new HashSet<>())
                  .add(BytesRef.deepCopyOf(term.bytes()));
            }
          }

          @Override
          public void consumeTermsMatching(
              Query query, String field, Supplier<ByteRunAutomaton> automaton) {
            found
                .automata
                .computeIfAbsent(Fields.textFieldLike(field), name -> new ArrayList<>())
                .add(automaton.get());
          }

          @Override
          public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
            return occur == BooleanClause.Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
          }
        });
    return found;
  }

  /** The text fields whose analysis finds something to mark. */
  Set<String> fields() {
    var fields = new HashSet<>(terms.keySet());
    fields.addAll(automata.keySet());
    return fields;
  }

  boolean matches(String field, BytesRef term) {
    if (terms.getOrDefault(field, Set.of()).contains(term)) {
      return true;
    }
    for (var automaton : automata.getOrDefault(field, List.of())) {
      if (automaton.run(term.bytes, term.offset, term.length)) {
        return true;
      }
    }
    return false;
  }
}
