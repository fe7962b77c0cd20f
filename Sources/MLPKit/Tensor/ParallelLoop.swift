import MLPKernels

/// Runs independent pieces of work on the cores, through the C kernels' small thread
/// pool (`mlpk_parallel_for`): the caller works too, and a call made from inside a
/// piece (or while another thread's call is running) simply runs on its own thread.
/// Only for work whose pieces write disjoint memory, so the results never depend on
/// the thread count. Introduced in §1.2.
enum ParallelLoop {
  /// How many threads the pool uses, the caller included (`MLPK_NUM_THREADS`, or the
  /// number of online CPUs).
  static var threadCount: Int { Int(mlpk_thread_count()) }

  /// Calls `body(i)` for every `i` in `0..<count`, possibly on several threads at once,
  /// and returns when all calls have finished.
  static func forEach(_ count: Int, _ body: (Int) -> Void) {
    guard count > 1, threadCount > 1 else {
      for i in 0..<count { body(i) }
      return
    }
    withoutActuallyEscaping(body) { body in
      var task = Body(run: body)
      withUnsafeMutablePointer(to: &task) { pointer in
        mlpk_parallel_for(
          count,
          { context, index in
            context?.assumingMemoryBound(to: Body.self).pointee.run(index)
          }, pointer)
      }
    }
  }

  /// The closure, at an address the C pool can hand to its threads.
  private struct Body {
    let run: (Int) -> Void
  }
}
