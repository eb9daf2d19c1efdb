public import Foundation
public import RaptorRDF
public import RDFModel

/// Reads every press release of a batch and builds one graph; a bad input is reported, never fatal.
///
/// Documents are independent: they are read and extracted in batches on several threads, and handed on
/// in input order, so the output is the same whatever the number of threads.
///
/// ```swift
/// let result = CorpusBuilder(builder: DocumentGraphBuilder(scheme: try IdentifierScheme())).build(["Fixtures/press-releases"])
/// result.errors   // one InputError per file or folder that could not be read
/// ```
public struct CorpusBuilder: Sendable {
    public let builder: DocumentGraphBuilder
    public var reader = ReleaseFileReader()
    public var collector = InputCollector()
    /// Threads that read and extract documents.
    public var jobs = ProcessInfo.processInfo.activeProcessorCount
    /// Documents extracted together before they are handed on in order.
    public var batchSize = 256
    /// Only the inputs of this part, when set (`--shard K/N`).
    public var shard: Shard? = nil
    /// Statements of Turtle grouped and written together when streaming.
    public var turtleBatch = 100_000

    public init(builder: DocumentGraphBuilder) {
        self.builder = builder
    }

    /// What an in-memory build produced.
    public struct Result: Sendable {
        public var graph: Graph
        /// The releases read, in input order.
        public var releases: [PressRelease]
        /// The documents they became, in input order.
        public var documents: [BuiltDocument]
        /// One error per input that could not be read, in input order.
        public var errors: [InputError]
    }

    /// What a streamed build wrote.
    public struct StreamResult: Sendable {
        /// The documents written, in input order.
        public var documents: [BuiltDocument]
        /// The statements written.
        public var statements: Int
        public var errors: [InputError]
    }

    /// Called after each batch with the documents done and the documents in all.
    public typealias Progress = (_ done: Int, _ total: Int) -> Void

    /// The inputs of the files and folders named, and an error for each that gave none; throws before
    /// anything is read when two inputs would get one document IRI.
    public func plan(_ paths: [String]) throws(DocumentClash) -> (files: [InputFile], errors: [InputError]) {
        var (files, errors) = collector.collect(paths)
        var owners: [String: String] = [:]
        for file in files {
            let iri = builder.scheme.document(fileName: file.name).value
            if let first = owners[iri] { throw DocumentClash(first: first, second: file.path, iri: iri) }
            owners[iri] = file.path
        }
        // The clash check sees every input, so that each part refuses the same builds.
        if let shard { files = files.filter { shard.contains($0.name) } }
        return (files, errors)
    }

    /// Builds the graph of the files and folders named, in memory.
    public func build(_ paths: [String], progress: Progress? = nil) throws(DocumentClash) -> Result {
        let (files, collectErrors) = try plan(paths)
        var result = Result(graph: Graph(), releases: [], documents: [], errors: collectErrors)
        forEachDocument(files, progress: progress) { outcome in
            switch outcome {
            case .built(let file, let release, let graph):
                result.releases.append(release)
                result.documents.append(summary(of: file, graph))
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
    /// entity met in several documents is written once. When no document could be read, nothing is written
    /// (a file already at `path` stays as it was).
    public func stream(_ paths: [String], as syntax: RDFSyntax, prefixes: [Namespace] = [], toFile path: String?,
                       progress: Progress? = nil) throws -> StreamResult {
        let (files, collectErrors) = try plan(paths)
        var result = StreamResult(documents: [], statements: 0, errors: collectErrors)
        let perDocument = [builder.scheme.document, builder.scheme.mention, builder.scheme.statement, builder.scheme.quotation].map(\.iri)
        /// Thrown inside the stream so that it abandons its temporary file.
        struct NothingRead: Error {}
        do {
            try RDFStream.write(as: syntax, prefixes: prefixes, toFile: path, turtleBatch: turtleBatch) { sink in
                // 128-bit fingerprints of the statements about corpus-wide entities already written: 16 bytes
                // each instead of the statement itself (a collision is about 1 in 10^22 for a million).
                var seen = Set<Fingerprint>()
                var failure: (any Error)? = nil
                forEachDocument(files, progress: progress) { outcome in
                    guard failure == nil else { return }
                    switch outcome {
                    case .built(let file, _, let graph):
                        result.documents.append(summary(of: file, graph))
                        do {
                            if syntax.hasNamedGraphs {
                                try sink.write(graph)
                            } else {
                                let fresh = graph.triples.filter { triple in
                                    guard case .iri(let subject) = triple.subject,
                                          !perDocument.contains(where: { subject.value.hasPrefix($0) }) else { return true }
                                    return seen.insert(Fingerprint(triple)).inserted
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
                if result.documents.isEmpty { throw NothingRead() }
                result.statements = sink.count
            }
        } catch is NothingRead {}
        return result
    }

    func summary(of file: InputFile, _ graph: Graph) -> BuiltDocument {
        BuiltDocument(path: file.path, name: file.name, iri: builder.scheme.document(fileName: file.name).value, statements: graph.count)
    }

    /// A document read and extracted, or the error that stopped it.
    public enum Outcome: Sendable {
        case built(InputFile, PressRelease, Graph)
        case failed(InputError)
    }

    /// Reads and extracts the files in batches on `jobs` threads, and hands each outcome on in file order.
    /// The next batch is extracted while the current one is handed on, so that writing overlaps extraction.
    public func forEachDocument(_ files: [InputFile], progress: Progress? = nil, _ handle: (Outcome) -> Void) {
        let batches = stride(from: 0, to: files.count, by: batchSize).map { Array(files[$0..<min(files.count, $0 + batchSize)]) }
        guard !batches.isEmpty else { return }
        var current = extract(batches[0])
        var done = 0
        for index in batches.indices {
            let ahead = NextBatch()
            let group = DispatchGroup()
            if index + 1 < batches.count {
                let next = batches[index + 1]
                DispatchQueue.global().async(group: group) { ahead.outcomes = self.extract(next) }
            }
            for outcome in current { handle(outcome) }
            done += current.count
            progress?(done, files.count)
            group.wait()
            current = ahead.outcomes
        }
    }

    /// The outcomes of one batch, in file order, extracted on `jobs` threads.
    func extract(_ batch: [InputFile]) -> [Outcome] {
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
        return outcomes.compactMap { $0 }
    }

    /// The batch extracted ahead, handed from the thread that extracted it to the one that waits for it.
    final class NextBatch: @unchecked Sendable {
        var outcomes: [Outcome] = []
    }

    func outcome(for file: InputFile) -> Outcome {
        do {
            let release = try reader.read(file)
            var graph = Graph()
            builder.add(release, to: &graph)
            return .built(file, release, graph)
        } catch {
            return .failed(error)
        }
    }

    /// Slots that worker threads fill, each its own index.
    struct SendableSlots: @unchecked Sendable {
        let buffer: UnsafeMutableBufferPointer<Outcome?>
        func set(_ index: Int, _ outcome: Outcome) { buffer[index] = outcome }
    }

    /// A 128-bit FNV-1a fingerprint of a statement's N-Triples form (two 64-bit hashes with different bases).
    struct Fingerprint: Hashable {
        let high: UInt64
        let low: UInt64

        init(_ triple: Triple) {
            var a: UInt64 = 0xcbf2_9ce4_8422_2325, b: UInt64 = 0x6c62_272e_07bb_0142
            for part in [triple.subject.description, triple.predicate.description, triple.object.description] {
                for byte in part.utf8 {
                    a = (a ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
                    b = (b ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
                    b = b &+ (b >> 29)
                }
                a = (a ^ 0x0a) &* 0x0000_0100_0000_01b3
                b = (b ^ 0x0a) &* 0x0000_0100_0000_01b3
            }
            high = a
            low = b
        }
    }
}
