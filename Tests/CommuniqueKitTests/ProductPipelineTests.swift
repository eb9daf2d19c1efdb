@testable import CommuniqueKit
import Foundation
import Testing

/// A counter that several threads read and add to.
private final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0
    func add() { lock.withLock { value += 1 } }
    var current: Int { lock.withLock { value } }
}

@Suite struct ProductPipelineTests {
    @Test(arguments: [1, 2, 5])
    func productsComeInInputOrderEachOnceWithinTheWindow(threads: Int) {
        let count = 300, window = 7
        let pipeline = ProductPipeline<Int>(count: count, window: window)
        let handed = Counter(), made = Counter(), outsideWindow = Counter()
        pipeline.start(threads: threads) {
            { index in
                // The consumer has taken at least `handed` products; one may be taken and not yet counted.
                if index >= handed.current + window + 1 { outsideWindow.add() }
                if index % 13 == 0 { usleep(200) }
                made.add()
                return index * 3
            }
        }
        var products: [Int] = []
        for index in 0..<count {
            products.append(pipeline.take(index))
            handed.add()
            // A slow consumer now and then, which unbounded threads would run far ahead of.
            if index % 10 == 0 { usleep(300) }
        }
        #expect(products == (0..<count).map { $0 * 3 })
        #expect(made.current == count)
        #expect(outsideWindow.current == 0)
    }

    @Test func moreThreadsThanInputsMakeEachOnce() {
        let pipeline = ProductPipeline<String>(count: 2, window: 64)
        let made = Counter()
        pipeline.start(threads: 8) {
            { index in
                made.add()
                return "input \(index)"
            }
        }
        #expect([pipeline.take(0), pipeline.take(1)] == ["input 0", "input 1"])
        #expect(made.current == 2)
    }
}
