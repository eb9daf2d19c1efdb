import Foundation
import Relations
import Testing

/// A drawing too large to finish is refused before Graphviz starts, with the advice to draw less.
@Suite struct GraphvizRendererTests {
    @Test func aDrawingOverTheLimitIsRefusedUpFront() throws {
        var renderer = GraphvizRenderer()
        renderer.maximumNodes = 10
        let target = FileManager.default.temporaryDirectory.appendingPathComponent("never-\(UUID().uuidString).svg").path
        let error = #expect(throws: GraphvizRenderer.RenderError.self) {
            try renderer.render("digraph { a -> b }", format: "svg", nodeCount: 11, to: target)
        }
        #expect(error == .tooLarge(nodes: 11, limit: 10))
        #expect(error?.errorDescription?.contains("--max-nodes") == true)
        #expect(!FileManager.default.fileExists(atPath: target))
    }
}
