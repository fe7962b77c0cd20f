import MLPKernels

/// Keeps freed tensor memory in the process for the next epoch (glibc only).
///
/// A training loop allocates and frees the same few tensors every epoch. By default
/// glibc hands the top of its heap back to the system as soon as 128 KB there are free,
/// and serves every block of 128 KB or more with fresh pages that it unmaps on `free`:
/// the next epoch then faults the same pages in again, and the manual loop of chapter 3
/// spent half its time in the kernel doing so. Raising both limits once (to 32 MB for
/// fresh mappings and 64 MB of free heap kept) lets those blocks be reused. The peak
/// memory of a run does not grow; memory freed at its end is kept for reuse rather than
/// returned at once. Other C libraries (macOS) decide for themselves.
/// Introduced in §3.6.
enum MemoryReuse {
  private static let configured: Bool = {
    mlpk_keep_freed_memory()
    return true
  }()

  /// Sets the limits on first use; later calls cost one check.
  static func enable() { _ = configured }
}
