public import Foundation
public import RaptorRDF
public import RDFModel

/// Reads every press release of a batch and builds one graph; a bad input is reported, never fatal.
///
/// Documents are independent: they are read and extracted in batches on several threads, and handed on
/// in input order, so the output is the same whatever the number of threads.
///
/// ```swift
/// let result = CorpusBuilder(builder: GraphBuilder(scheme: try IdentifierScheme())).build(["Fixtures/press-releases"])
/// result.errors   // one InputError per file or folder that could not be read
/// ```
public struct CorpusBuilder: Sendable {
    public let builder: GraphBuilder
    public var reader = PressReleaseReader()
    public var collector = InputCollector()
    /// Threads that read and extract documents.
    public var jobs = ProcessInfo.processInfo.activeProcessorCount
    /// Documents extracted together before they are handed on in order.
    public var batchSize = 512

    public init(builder: GraphBuilder) {
        self.builder = builder
    }

    /// What an in-memory build produced.
    public struct Result: Sendable {
        public var graph: Graph
        /// The releases read, in input order.
        public var releases: [PressRelease]
        /// One error per input that could not be read, in input order.
        public var errors: [InputError]
    }

    /// What a streamed build wrote.
    public struct StreamResult: Sendable {
        public var documents: Int
        public var statements: Int
        public var errors: [InputError]
    }

    /// Called after each batch with the documents done and the documents in all.
    public typealias Progress = (_ done: Int, _ total: Int) -> Void

    /// Builds the graph of the files and folders named, in memory.
    public func build(_ paths: [String], progress: Progress? = nil) -> Result {
        let (files, collectErrors) = collector.collect(paths)
        var result = Result(graph: Graph(), releases: [], errors: collectErrors)
        forEachDocument(files, progress: progress) { outcome in
            switch outcome {
            case .built(let release, let graph):
                result.releases.append(release)
                result.graph.formUnion(graph)
            case .failed(let error):
                result.errors.append(error)
            }
        }
        return result
    }

    /// Builds the graph of the files and folders named and writes it as it goes, holding one batch of
    /// documents and the statements about corpus-wide entities (to write each once) but never the whole
    /// graph. In N-Quads every document's statements go to its own graph; in N-Triples a statement about an
    /// entity met in several documents is written once.
    public func stream(_ paths: [String], as syntax: RDFSyntax, prefixes: [Namespace] = [], toFile path: String?,
                       progress: Progress? = nil) throws -> StreamResult {
        let (files, collectErrors) = collector.collect(paths)
        var result = StreamResult(documents: 0, statements: 0, errors: collectErrors)
        let perDocument = [builder.scheme.document, builder.scheme.mention, builder.scheme.statement, builder.scheme.quotation].map(\.iri)
        try RDFStream.write(as: syntax, prefixes: prefixes, toFile: path) { sink in
            var seen = Set<Triple>()
            var failure: (any Error)? = nil
            forEachDocument(files, progress: progress) { outcome in
                guard failure == nil else { return }
                switch outcome {
                case .built(_, let graph):
                    result.documents += 1
                    do {
                        if syntax.hasNamedGraphs {
                            try sink.write(graph)
                        } else {
                            let fresh = graph.triples.filter { triple in
                                guard case .iri(let subject) = triple.subject,
                                      !perDocument.contains(where: { subject.value.hasPrefix($0) }) else { return true }
                                return seen.insert(triple).inserted
                            }
                            try sink.write(fresh)
                        }
                    } catch {
                        failure = error
                    }
                case .failed(let error):
                    result.errors.append(error)
                }
            }
            if let failure { throw failure }
            result.statements = sink.count
        }
        return result
    }

    /// A document read and extracted, or the error that stopped it.
    public enum Outcome: Sendable {
        case built(PressRelease, Graph)
        case failed(InputError)
    }

    /// Reads and extracts the files in batches on `jobs` threads, and hands each outcome on in file order.
    public func forEachDocument(_ files: [String], progress: Progress? = nil, _ handle: (Outcome) -> Void) {
        var start = 0
        while start < files.count {
            let batch = Array(files[start..<min(files.count, start + batchSize)])
            let outcomes = UnsafeMutableBufferPointer<Outcome?>.allocate(capacity: batch.count)
            outcomes.initialize(repeating: nil)
            defer {
                outcomes.deinitialize()
                outcomes.deallocate()
            }
            let slots = SendableSlots(buffer: outcomes)
            let workers = max(1, min(jobs, batch.count))
            DispatchQueue.concurrentPerform(iterations: workers) { worker in
                var index = worker
                while index < batch.count {
                    slots.set(index, outcome(for: batch[index]))
                    index += workers
                }
            }
            for case let outcome? in outcomes { handle(outcome) }
            start += batch.count
            progress?(start, files.count)
        }
    }

    func outcome(for file: String) -> Outcome {
        do {
            let release = try reader.read(fileAt: file)
            var graph = Graph()
            builder.add(release, to: &graph)
            return .built(release, graph)
        } catch {
            return .failed(error)
        }
    }

    /// Slots that worker threads fill, each its own index.
    struct SendableSlots: @unchecked Sendable {
        let buffer: UnsafeMutableBufferPointer<Outcome?>
        func set(_ index: Int, _ outcome: Outcome) { buffer[index] = outcome }
    }
}
