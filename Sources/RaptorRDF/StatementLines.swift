/// Statements serialized by Raptor as N-Triples or N-Quads, one line each, with where each line ends:
/// made on the thread that built the statements, and written out (whole or some lines left out) by another.
///
/// ```swift
/// let lines = try StatementLineWriter(syntax: .nTriples).lines(of: graph.numberedStatements(withGraphs: false))
/// lines.line(0)   // the bytes of "<s> <p> <o> .\n"
/// ```
public struct StatementLines: Sendable {
    /// The lines, one after another.
    public let bytes: [UInt8]
    /// The end of each line in `bytes` (after its newline), in statement order.
    public let ends: [Int]

    public init(bytes: [UInt8], ends: [Int]) {
        self.bytes = bytes
        self.ends = ends
    }

    /// The number of statements.
    public var count: Int { ends.count }

    /// Where line `index` starts in `bytes`.
    public func start(of index: Int) -> Int { index == 0 ? 0 : ends[index - 1] }

    /// The bytes of line `index`, its newline included.
    public func line(_ index: Int) -> ArraySlice<UInt8> { bytes[start(of: index)..<ends[index]] }
}
