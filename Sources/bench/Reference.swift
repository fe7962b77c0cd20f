import Foundation

/// The Python side of the benchmark (`Tools/bench/reference_bench.py`), started once
/// and asked for one timed run at a time so its runs interleave with ours.
final class Reference {
  private let process = Process()
  private let input = Pipe()
  private let output = Pipe()
  private var buffer = Data()
  let info: [String: Any]

  /// Starts the reference server, or throws with the reason it cannot run.
  init(script: String, python: String) throws {
    guard FileManager.default.fileExists(atPath: script) else {
      throw BenchError("\(script) not found: run make bench from the package root")
    }
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = [python, script]
    process.standardInput = input
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    try process.run()
    var answer: [String: Any] = [:]
    if let line = try? Reference.exchange("info", input, output, &buffer) {
      answer = line
    }
    guard answer["sklearn"] != nil else {
      process.terminate()
      throw BenchError(
        "\(python) cannot import scikit-learn (pip install scikit-learn torch) — reference columns skipped"
      )
    }
    info = answer
  }

  /// One request, one JSON answer.
  func ask(_ request: String) throws -> [String: Any] {
    try Reference.exchange(request, input, output, &buffer)
  }

  func close() {
    _ = try? ask("quit")
    process.waitUntilExit()
  }

  private static func exchange(
    _ request: String, _ input: Pipe, _ output: Pipe, _ buffer: inout Data
  ) throws -> [String: Any] {
    input.fileHandleForWriting.write(Data((request + "\n").utf8))
    while true {
      if let newline = buffer.firstIndex(of: 10) {
        let line = buffer[buffer.startIndex..<newline]
        buffer.removeSubrange(buffer.startIndex...newline)
        guard let object = try JSONSerialization.jsonObject(with: line) as? [String: Any] else {
          throw BenchError(
            "unexpected answer from the reference: \(String(decoding: line, as: UTF8.self))")
        }
        return object
      }
      let chunk = output.fileHandleForReading.availableData
      if chunk.isEmpty {
        throw BenchError("the reference process ended while answering '\(request)'")
      }
      buffer.append(chunk)
    }
  }
}

struct BenchError: Error, CustomStringConvertible {
  let description: String
  init(_ description: String) { self.description = description }
}
