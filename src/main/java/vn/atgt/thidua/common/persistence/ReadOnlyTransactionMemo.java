package vn.atgt.thidua.common.persistence;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What a cache's entries rest on (a campaign's change counter, say), read once per read-only transaction: a page that
 * reads several kept values of a campaign reads their stamp once, and only a read-only transaction may fill a cache
 * (one that writes could still roll back what it would have kept under its new counter).
 */
public final class ReadOnlyTransactionMemo {

	private ReadOnlyTransactionMemo() {
	}

	/**
	 * The value {@code read} gives for the key, read at its first request in the current read-only transaction and
	 * kept for the rest of it under {@code owner}; null outside a read-only transaction, where nothing may be kept.
	 */
	@SuppressWarnings("unchecked")
	public static <T> T once(Object owner, Object key, Supplier<T> read) {
		if (!TransactionSynchronizationManager.isCurrentTransactionReadOnly()
				|| !TransactionSynchronizationManager.isSynchronizationActive()) {
			return null;
		}
		Map<Object, T> values = (Map<Object, T>) TransactionSynchronizationManager.getResource(owner);
		if (values == null) {
			values = new HashMap<>();
			TransactionSynchronizationManager.bindResource(owner, values);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(owner);
				}
			});
		}
		return values.computeIfAbsent(key, k -> read.get());
	}
}
