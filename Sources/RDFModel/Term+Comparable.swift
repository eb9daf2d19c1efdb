/// Terms sort IRIs first, then blank nodes, then literals; each kind by its string form (`TermSortKey`;
/// a graph ranks its terms in the same order with `TermRanking`).
///
/// The order only serves deterministic output: it is total and stable across runs.
extension Term: Comparable {
    public static func < (lhs: Term, rhs: Term) -> Bool {
        TermSortKey(lhs).precedes(TermSortKey(rhs))
    }
}
