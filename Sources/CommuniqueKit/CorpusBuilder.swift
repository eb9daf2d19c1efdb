public import RDFModel

/// Reads every press release of a batch and builds one graph; a bad input is reported, never fatal.
///
/// ```swift
/// let result = CorpusBuilder(builder: GraphBuilder(scheme: try IdentifierScheme())).build(["Fixtures/press-releases"])
/// result.errors   // one InputError per file or folder that could not be read
/// ```
public struct CorpusBuilder: Sendable {
    public let builder: GraphBuilder
    public var reader = PressReleaseReader()
    public var collector = InputCollector()

    public init(builder: GraphBuilder) {
        self.builder = builder
    }

    /// What a build produced.
    public struct Result: Sendable {
        public var graph: Graph
        /// The releases read, in input order.
        public var releases: [PressRelease]
        /// One error per input that could not be read, in input order.
        public var errors: [InputError]
    }

    /// Builds the graph of the files and folders named.
    public func build(_ paths: [String]) -> Result {
        let (files, collectErrors) = collector.collect(paths)
        var errors = collectErrors
        var releases: [PressRelease] = []
        for file in files {
            do {
                releases.append(try reader.read(fileAt: file))
            } catch {
                errors.append(error)
            }
        }
        return Result(graph: builder.graph(for: releases), releases: releases, errors: errors)
    }
}
