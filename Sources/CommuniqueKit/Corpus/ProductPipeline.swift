import Foundation

/// Makes a product of each input on several threads and hands the products to one consumer in input
/// order, each as soon as it and those before it are made: the threads take the next input as they come
/// free (no thread waits for a batch to end), and run at most `window` inputs ahead of the consumer, so
/// memory follows the window, not the corpus.
///
/// ```swift
/// let pipeline = ProductPipeline<Int>(count: 1_000, window: 256)
/// pipeline.start(threads: 2, worker: { { index in index * 2 } })
/// for index in 0..<1_000 { print(pipeline.take(index)) }
/// ```
final class ProductPipeline<Product: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private let count: Int
    private let window: Int
    /// The products made and not yet taken, by index; guarded by `condition`.
    private var made: [Int: Product] = [:]
    /// The next index a thread takes, and how many the consumer has taken; guarded by `condition`.
    private var next = 0
    private var taken = 0

    init(count: Int, window: Int) {
        self.count = count
        self.window = max(1, window)
    }

    /// Starts `threads` threads in the background. `worker` is called once per thread and gives the
    /// function that makes the product of an index on that thread (which may keep what it needs between
    /// inputs).
    func start(threads: Int, worker: @escaping @Sendable () -> (Int) -> Product) {
        let threads = max(1, min(threads, count))
        DispatchQueue.global().async {
            DispatchQueue.concurrentPerform(iterations: threads) { _ in
                let make = worker()
                while let index = self.claim() {
                    let product = make(index)
                    self.condition.lock()
                    self.made[index] = product
                    self.condition.broadcast()
                    self.condition.unlock()
                }
            }
        }
    }

    /// The next index to make, once it is within the window; nil when every index is claimed.
    private func claim() -> Int? {
        condition.lock()
        defer { condition.unlock() }
        while next < count && next >= taken + window { condition.wait() }
        guard next < count else { return nil }
        next += 1
        return next - 1
    }

    /// The product of `index`, waiting until it is made; indices are taken in order, each once.
    func take(_ index: Int) -> Product {
        condition.lock()
        defer { condition.unlock() }
        precondition(index == taken, "products are taken in order")
        while made[index] == nil { condition.wait() }
        taken += 1
        condition.broadcast()
        return made.removeValue(forKey: index)!
    }
}
