// swift-tools-version:6.2
import PackageDescription

let package = Package(
  name: "mlp-workbook",
  products: [
    .library(name: "MLPKit", targets: ["MLPKit"]),
    .executable(name: "mlp", targets: ["mlp"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0")
  ],
  targets: [
    // MARK: - Teaching library
    .target(name: "MLPKit", dependencies: ["MLPKernels"]),
    // the matrix-product kernels, in C for run-time AVX-512 / AVX2 / NEON dispatch
    .target(name: "MLPKernels"),
    // `mlp train | evaluate | predict` on the user's own CSV files
    .executableTarget(
      name: "mlp",
      dependencies: [
        "MLPKit",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]),

    // MARK: - Tests
    .testTarget(name: "MLPKitTests", dependencies: ["MLPKit"]),
    // runs the built chapters and the `mlp` command and checks what they print
    .testTarget(name: "ChapterTests", dependencies: ["MLPKit"]),
  ]
)

// MARK: - Chapters: one executable each, `swift run chapterN`
package.targets.append(
  // what every chapter executable shares: running as a command with one-line errors
  .target(
    name: "ChapterSupport",
    dependencies: [
      "MLPKit", .product(name: "ArgumentParser", package: "swift-argument-parser"),
    ]))
let chapters: [String] = ["chapter1", "chapter2", "chapter3", "chapter4", "chapter5"]
package.targets += chapters.map { name in
  .executableTarget(
    name: name,
    dependencies: [
      "MLPKit",
      "ChapterSupport",
      .product(name: "ArgumentParser", package: "swift-argument-parser"),
    ],
    path: "Chapters/\(name)"
  )
}

// MARK: - Doc-tests: `swift run doctest` checks book.md against the chapters' real output
package.targets += [
  .target(name: "DocTestKit", dependencies: ["MLPKit"], exclude: ["SYNTAX.md"]),
  .executableTarget(
    name: "doctest",
    dependencies: [
      "DocTestKit",
      "MLPKit",
      .product(name: "ArgumentParser", package: "swift-argument-parser"),
    ]
  ),
  .testTarget(name: "DocTestKitTests", dependencies: ["DocTestKit"]),
]

// MARK: - Benchmark: `make bench` (release build), with scikit-learn and PyTorch in the same run
package.targets += [
  .executableTarget(
    name: "bench",
    dependencies: [
      "MLPKit",
      .product(name: "ArgumentParser", package: "swift-argument-parser"),
    ]
  )
]
