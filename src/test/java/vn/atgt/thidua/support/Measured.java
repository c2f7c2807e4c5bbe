package vn.atgt.thidua.support;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * The time and heap of one action, printed with the test's output for the record; never asserted against a tight
 * budget. Heap in use is read before (after a collection) and after the action; the peak is the sum of the heap
 * pools' peaks during the action (it includes garbage not yet collected, so it is an upper bound); allocated counts
 * every byte the test's thread allocated, which is where MockMvc runs the request.
 */
public record Measured<T>(String what, T result, long millis, long usedBeforeMb, long usedAfterMb, long peakMb,
		long allocatedMb) {

	private static final long MB = 1024 * 1024;

	public static <T> Measured<T> of(String what, Callable<T> action) throws Exception {
		List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
			.filter(pool -> pool.getType() == MemoryType.HEAP)
			.toList();
		com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
		long thread = Thread.currentThread().getId();
		System.gc();
		long before = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
		heap.forEach(MemoryPoolMXBean::resetPeakUsage);
		long allocatedBefore = threads.getThreadAllocatedBytes(thread);
		long start = System.nanoTime();
		T result = action.call();
		long millis = (System.nanoTime() - start) / 1_000_000;
		long allocated = threads.getThreadAllocatedBytes(thread) - allocatedBefore;
		long peak = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
		long after = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
		Measured<T> measured = new Measured<>(what, result, millis, before / MB, after / MB, peak / MB,
				allocated / MB);
		System.out.println(measured);
		return measured;
	}

	@Override
	public String toString() {
		return "[measured] " + what + ": " + millis + " ms; heap used " + usedBeforeMb + " MB before, " + usedAfterMb
				+ " MB after, peak " + peakMb + " MB; " + allocatedMb + " MB allocated by the thread";
	}
}
