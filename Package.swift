// swift-tools-version: 6.0
// Kennwort: checks and hashes passwords on Linux.
// Start reading at Sources/Kennwort/Kennwort.swift (the library facade),
// then Sources/KennwortCLI/KennwortCommand.swift (the CLI root command).
import Foundation
import PackageDescription

/// Debian packages behind the C modules; scripts/setup.sh installs the same list.
let crackPackages = ["libcrack2-dev", "cracklib-runtime", "wngerman", "wamerican"]
let argon2Packages = ["libargon2-dev", "pkg-config"]

/// kennwort-helper is one static executable, except in sanitizer and valgrind builds, whose
/// runtimes need the dynamic loader: scripts/sanitize.sh and scripts/valgrind.sh set
/// KENNWORT_HELPER_LINK=dynamic, and the helper then links only the Swift runtime statically.
let helperLink = ProcessInfo.processInfo.environment["KENNWORT_HELPER_LINK"] == "dynamic" ? "-static-stdlib" : "-static-executable"

/// The functions a helper run executes, placed first in its code by lld (scripts/helper-order.py
/// writes the list): a cold start then faults in about half as many pages of its code.
let helperOrder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().path + "/scripts/kennwort-helper.order"
let helperOrderFlags = FileManager.default.fileExists(atPath: helperOrder)
    ? ["-Xlinker", "--symbol-ordering-file=" + helperOrder, "-Xlinker", "--no-warn-symbol-ordering"] : []

let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    // Generic types such as [String: Int] get their metadata from accessors that pass the
    // conformances, not from mangled names the runtime decodes: in the static kennwort-helper
    // each decoded name scanned all 3,400 conformance records, a third of a login's check.
    .unsafeFlags(["-Xfrontend", "-disable-concrete-type-metadata-mangled-name-accessors"]),
]

let package = Package(
    name: "Kennwort",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "Kennwort", targets: ["Kennwort"]),
        .executable(name: "kennwort", targets: ["KennwortCLI"]),
        // For PAM and login scripts: small, fast to start, fails closed (see README, "PAM").
        .executable(name: "kennwort-helper", targets: ["KennwortHelper"]),
        // For the scripts in benchmarks/ only.
        .executable(name: "kennwort-bench", targets: ["KennwortBench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CCrack",
            providers: [.apt(crackPackages)]
        ),
        // SHA-1 for the breach list (Have I Been Pwned's format), from OpenSSL; never hand-written.
        .systemLibrary(
            name: "CCrypto",
            pkgConfig: "libcrypto",
            providers: [.apt(["libssl-dev"])]
        ),
        .systemLibrary(
            name: "CArgon2",
            pkgConfig: "libargon2",
            providers: [.apt(argon2Packages)]
        ),
        .target(
            name: "Kennwort",
            dependencies: ["CCrack", "CArgon2", "CCrypto"],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "KennwortCLI",
            dependencies: [
                "Kennwort",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: swiftSettings
        ),
        // umask, no core dumps, silent fatal-signal handlers, alarm and syslog for the helper.
        .target(name: "CHelperHygiene"),
        .executableTarget(
            name: "KennwortHelper",
            dependencies: ["Kennwort", "CHelperHygiene"],
            swiftSettings: swiftSettings,
            // One static executable (libcrack, libargon2 and libcrypto from their .a files in the
            // same -dev packages): no dynamic loader at every login, 2 ms less here. glibc's NSS
            // cannot load modules into it, so Accounts looks up GECOS without getpwnam. The
            // library uses neither Foundation nor Dispatch, so neither is linked or started here.
            linkerSettings: [
                .unsafeFlags([helperLink, "-use-ld=lld"] + helperOrderFlags),
            ]
        ),
        .executableTarget(
            name: "KennwortBench",
            dependencies: ["Kennwort"],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "KennwortTestSupport",
            dependencies: ["Kennwort"],
            path: "Tests/Support",
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "KennwortTests",
            dependencies: ["Kennwort", "KennwortTestSupport"],
            resources: [.copy("Fixtures")],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "KennwortCLITests",
            // Depending on the CLI makes `swift test` build the `kennwort` binary the tests run.
            dependencies: ["Kennwort", "KennwortTestSupport", "KennwortCLI"],
            swiftSettings: swiftSettings
        ),
    ],
    swiftLanguageModes: [.v6]
)
