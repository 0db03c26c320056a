// swift-tools-version: 6.0
// Kennwort's libFuzzer targets, a package of their own: a fuzz executable has no `main`
// (libFuzzer brings it), so it must stay out of the root package's `swift build`.
//
// Every folder in Targets/ is one fuzz target, built as the executable `fuzz-<folder>`;
// adding a target is adding Targets/<name>/<Name>.swift (and seeds in Corpus/<name>/).
// Build and run them with scripts/fuzz.sh, never plain `swift build`: they need
// `--sanitize=fuzzer -Xswiftc -sanitize=fuzzer,address` (see that script).
import Foundation
import PackageDescription

let here = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
let names = ((try? FileManager.default.contentsOfDirectory(atPath: here.appendingPathComponent("Targets").path)) ?? [])
    .filter { !$0.hasPrefix(".") }
    .sorted()

let swiftSettings: [SwiftSetting] = [.enableUpcomingFeature("ExistentialAny")]

let package = Package(
    name: "KennwortFuzz",
    platforms: [.macOS(.v15)],
    dependencies: [.package(name: "Kennwort", path: "..")],
    targets: [
        .target(
            name: "FuzzSupport",
            dependencies: [.product(name: "Kennwort", package: "Kennwort")],
            path: "Support",
            swiftSettings: swiftSettings
        ),
    ] + names.map { name in
        .executableTarget(
            name: "fuzz-\(name)",
            dependencies: ["FuzzSupport", .product(name: "Kennwort", package: "Kennwort")],
            path: "Targets/\(name)",
            swiftSettings: swiftSettings
        )
    },
    swiftLanguageModes: [.v6]
)
