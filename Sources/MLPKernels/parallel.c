// A tiny thread pool for `mlpk_parallel_for`: workers started on first use, one job
// at a time. A job is a counter of indices that the caller and the workers take in
// turn, so work is shared even when a worker is late (a busy shared machine).
//
// Handing over a job must be cheaper than the ~50 µs a big product takes, so a worker
// that has just finished spins for a while (60 µs) before it sleeps on a condition
// variable; the caller wakes sleepers only when there are some.
#include <stdlib.h>
#include <time.h>

#include "MLPKernels.h"

#if defined(_WIN32)
// no pthreads: everything runs on the calling thread
void mlpk_parallel_for(long count, mlpk_task task, void *context) {
  for (long i = 0; i < count; i++) task(context, i);
}
int mlpk_thread_count(void) { return 1; }
void mlpk_set_thread_count(int threads) { (void)threads; }
#else
#include <pthread.h>
#include <sched.h>
#include <stdatomic.h>
#include <unistd.h>

enum { MAX_THREADS = 64, SPIN_NANOSECONDS = 60000 };

typedef struct {
  mlpk_task task;
  void *context;
  long count;
  _Atomic long next;
  _Atomic long done;
} job;

static pthread_mutex_t submit_lock = PTHREAD_MUTEX_INITIALIZER;  // one job at a time
static pthread_mutex_t wake_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t wake = PTHREAD_COND_INITIALIZER;
static _Atomic(job *) current;
static _Atomic unsigned long serial;  // bumped for every job
static _Atomic int busy;              // workers that may be looking at `current`
static _Atomic int sleepers;
static _Atomic int configured;  // 0 = automatic
static int started;             // workers running (under submit_lock)
static _Thread_local int inside;  // this thread is running a task

static void relax(void) {
#if defined(__x86_64__) || defined(__i386__)
  __builtin_ia32_pause();
#elif defined(__aarch64__)
  __asm__ __volatile__("yield");
#endif
}

static long now_ns(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (long)t.tv_sec * 1000000000L + t.tv_nsec;
}

static void run_job(job *j) {
  inside = 1;
  for (;;) {
    long i = atomic_fetch_add(&j->next, 1);
    if (i >= j->count) break;
    j->task(j->context, i);
    atomic_fetch_add(&j->done, 1);
  }
  inside = 0;
}

static void *worker(void *unused) {
  (void)unused;
  unsigned long seen = atomic_load(&serial);
  for (;;) {
    long start = now_ns();
    unsigned spins = 0;
    while (atomic_load(&serial) == seen) {
      relax();
      if ((++spins & 255) != 0 || now_ns() - start < SPIN_NANOSECONDS) continue;
      pthread_mutex_lock(&wake_lock);
      atomic_fetch_add(&sleepers, 1);
      while (atomic_load(&serial) == seen) pthread_cond_wait(&wake, &wake_lock);
      atomic_fetch_sub(&sleepers, 1);
      pthread_mutex_unlock(&wake_lock);
    }
    seen = atomic_load(&serial);
    atomic_fetch_add(&busy, 1);
    job *j = atomic_load(&current);
    if (j != NULL) run_job(j);
    atomic_fetch_sub(&busy, 1);
  }
  return NULL;
}

int mlpk_thread_count(void) {
  int n = atomic_load(&configured);
  if (n > 0) return n;
  const char *text = getenv("MLPK_NUM_THREADS");
  n = text ? atoi(text) : 0;
  if (n <= 0) n = (int)sysconf(_SC_NPROCESSORS_ONLN);
  if (n < 1) n = 1;
  if (n > MAX_THREADS) n = MAX_THREADS;
  atomic_store(&configured, n);
  return n;
}

void mlpk_set_thread_count(int threads) {
  atomic_store(&configured, threads > MAX_THREADS ? MAX_THREADS : (threads < 0 ? 0 : threads));
}

void mlpk_parallel_for(long count, mlpk_task task, void *context) {
  int threads = mlpk_thread_count();
  if (count <= 0) return;
  if (count == 1 || threads < 2 || inside || pthread_mutex_trylock(&submit_lock) != 0) {
    for (long i = 0; i < count; i++) task(context, i);
    return;
  }
  while (started < threads - 1) {
    pthread_t thread;
    pthread_attr_t attributes;
    pthread_attr_init(&attributes);
    pthread_attr_setdetachstate(&attributes, PTHREAD_CREATE_DETACHED);
    int failed = pthread_create(&thread, &attributes, worker, NULL);
    pthread_attr_destroy(&attributes);
    if (failed) break;  // fewer workers: the caller takes more indices
    started++;
  }
  job j = {task, context, count, 0, 0};
  atomic_store(&current, &j);
  atomic_fetch_add(&serial, 1);
  if (atomic_load(&sleepers) > 0) {
    pthread_mutex_lock(&wake_lock);
    pthread_cond_broadcast(&wake);
    pthread_mutex_unlock(&wake_lock);
  }
  run_job(&j);
  // wait for the indices the workers took, then until no worker can still see the job
  unsigned spins = 0;
  while (atomic_load(&j.done) < count)
    if ((++spins & 1023) == 0) sched_yield(); else relax();
  atomic_store(&current, NULL);
  while (atomic_load(&busy) > 0)
    if ((++spins & 1023) == 0) sched_yield(); else relax();
  pthread_mutex_unlock(&submit_lock);
}
#endif
