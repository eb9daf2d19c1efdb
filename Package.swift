// swift-tools-version:6.0
import PackageDescription

let strict: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "Communique",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "communique", targets: ["communique"]),
        .library(name: "CommuniqueKit", targets: ["CommuniqueKit"]),
        .library(name: "RDFModel", targets: ["RDFModel"]),
        .library(name: "RaptorRDF", targets: ["RaptorRDF"]),
        .library(name: "Relations", targets: ["Relations"]),
        .library(name: "HTMLReading", targets: ["HTMLReading"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        // Raptor2, the C RDF library: only a module map and a shim header.
        .systemLibrary(
            name: "CRaptor",
            pkgConfig: "raptor2",
            providers: [.apt(["libraptor2-dev", "pkg-config"])]
        ),
        // libxml2, for press releases kept as the HTML pages they were published as: only a module map and a shim header.
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev", "pkg-config"])]
        ),
        // The only module that calls libxml2: a page's article as headline, date and paragraphs.
        .target(name: "HTMLReading", dependencies: ["CLibXML2"], swiftSettings: strict),
        // The graph model: pure Swift, never imports C.
        .target(name: "RDFModel", swiftSettings: strict),
        // The only module that calls Raptor.
        .target(name: "RaptorRDF", dependencies: ["CRaptor", "RDFModel"], swiftSettings: strict),
        // Reading press releases, extraction, graph building.
        .target(name: "CommuniqueKit", dependencies: ["RDFModel", "RaptorRDF", "HTMLReading"], swiftSettings: strict),
        // Questions about relationships and Graphviz diagrams, over any parsed graph: pure Swift.
        .target(name: "Relations", dependencies: ["RDFModel"], swiftSettings: strict),
        // Talking to SPARQL servers: the Graph Store protocol and queries, over URLSession.
        .target(name: "EndpointClient", dependencies: ["RDFModel", "RaptorRDF"], swiftSettings: strict),
        .executableTarget(
            name: "communique",
            dependencies: [
                "CommuniqueKit",
                "EndpointClient",
                "Relations",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strict
        ),
        // Benchmark parts, run in release mode by Scripts/benchmark.sh (never a timed test).
        .executableTarget(name: "communique-bench", dependencies: ["CommuniqueKit", "RaptorRDF", "RDFModel"], swiftSettings: strict),
        // Helpers shared by the test targets: scratch folders, the kept-output folder, running processes.
        .target(name: "TestSupport", path: "Tests/TestSupport", swiftSettings: strict),
        .testTarget(name: "RDFModelTests", dependencies: ["RDFModel"], swiftSettings: strict),
        .testTarget(name: "RaptorRDFTests", dependencies: ["RaptorRDF", "RDFModel", "TestSupport"], swiftSettings: strict),
        .testTarget(
            name: "CommuniqueKitTests",
            dependencies: ["CommuniqueKit", "RDFModel", "RaptorRDF", "TestSupport"],
            exclude: ["Golden"],
            swiftSettings: strict
        ),
        .testTarget(name: "RelationsTests", dependencies: ["Relations", "RDFModel", "RaptorRDF", "TestSupport"], exclude: ["Resources"], swiftSettings: strict),
        .testTarget(name: "HTMLReadingTests", dependencies: ["HTMLReading"], swiftSettings: strict),
        .testTarget(name: "EndpointClientTests", dependencies: ["EndpointClient"], swiftSettings: strict),
        .testTarget(name: "CLITests", dependencies: ["RaptorRDF", "RDFModel", "TestSupport"], swiftSettings: strict),
    ],
    swiftLanguageModes: [.v6]
)
