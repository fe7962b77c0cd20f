import Foundation

/// `String(format:)` for one number, kept in one place for the network's messages.
func formatted(_ value: Double, _ format: String) -> String { String(format: format, value) }
