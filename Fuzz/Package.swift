// swift-tools-version:6.0
// libFuzzer targets for Communiqué, built apart from the main package (they link only with
// -sanitize=fuzzer,address): `make fuzz` in the package root builds and runs them.
import PackageDescription

let package = Package(
    name: "CommuniqueFuzz",
    dependencies: [.package(name: "Communique", path: "..")],
    targets: [
        .executableTarget(
            name: "communique-fuzz",
            dependencies: [
                .product(name: "CommuniqueKit", package: "Communique"),
                .product(name: "RaptorRDF", package: "Communique"),
                .product(name: "RDFModel", package: "Communique"),
                .product(name: "HTMLReading", package: "Communique"),
            ],
            swiftSettings: [.unsafeFlags(["-parse-as-library"])]
        ),
    ]
)
