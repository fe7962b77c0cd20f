// swift-tools-version:6.0
// libFuzzer harnesses for the workbook's parsers: `make fuzz` (see README.md).
//
// A package of its own, so the instrumented build (`--sanitize fuzzer`) never mixes
// with the main one. The library sources are the main package's, through symlinks
// in Sources/ (MLPKit, MLPKernels, DocTestKit).
import PackageDescription

// libFuzzer brings its own main(): the harnesses are libraries in executable clothing
let harness: [SwiftSetting] = [.unsafeFlags(["-parse-as-library"])]

let package = Package(
  name: "mlp-workbook-fuzz",
  targets: [
    .target(name: "MLPKernels"),
    .target(name: "MLPKit", dependencies: ["MLPKernels"]),
    .target(name: "DocTestKit", dependencies: ["MLPKit"], exclude: ["SYNTAX.md"]),
    .executableTarget(name: "FuzzCSV", dependencies: ["MLPKit"], swiftSettings: harness),
    .executableTarget(name: "FuzzModelFile", dependencies: ["MLPKit"], swiftSettings: harness),
    .executableTarget(
      name: "FuzzBook", dependencies: ["DocTestKit", "MLPKit"], swiftSettings: harness),
  ]
)
