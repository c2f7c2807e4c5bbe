package vn.atgt.thidua.account.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * The shared session store as the requests use it: Spring Session JDBC, except that a request which changes nothing in
 * its session writes nothing. Spring Session stamps the session's last access on every request, and its JDBC store
 * then updates the session's row in a transaction of its own at the end of every request (issue 19: two round trips
 * to the database and a dead row version per page view, for a time only the idle timeout reads). Here the last access
 * is written when it moved on by {@link #TOUCH_EVERY} or more, or with any other change (an attribute, the id, the
 * timeout); a new session is always written.
 * <p>
 * So an idle session ends between its timeout and its timeout plus {@link #TOUCH_EVERY} after the last request (60
 * minutes, at most a minute early); nothing else changes: attributes are read and written as Spring Session's store
 * reads and writes them, in its transactions, and every node reads the same rows.
 */
final class SessionStore implements FindByIndexNameSessionRepository<SessionStore.StoredSession> {

	/** How far the last access must have moved on before it is written again by itself. */
	static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

	/** The JDBC store seen through its interface (its session class is not public). */
	private final FindByIndexNameSessionRepository<Session> store;

	@SuppressWarnings({ "unchecked", "rawtypes" })
	SessionStore(JdbcIndexedSessionRepository store) {
		this.store = (FindByIndexNameSessionRepository) store;
	}

	@Override
	public StoredSession createSession() {
		return new StoredSession(store.createSession(), true);
	}

	@Override
	public void save(StoredSession session) {
		if (session.fresh || session.changed) {
			store.save(session.stored);
			session.saved();
		}
	}

	@Override
	public StoredSession findById(String id) {
		Session stored = store.findById(id);
		return stored == null ? null : new StoredSession(stored, false);
	}

	@Override
	public void deleteById(String id) {
		store.deleteById(id);
	}

	@Override
	public Map<String, StoredSession> findByIndexNameAndIndexValue(String indexName, String indexValue) {
		return store.findByIndexNameAndIndexValue(indexName, indexValue).entrySet().stream()
			.collect(Collectors.toMap(Map.Entry::getKey, entry -> new StoredSession(entry.getValue(), false)));
	}

	/** A session of the store that knows whether this request changed anything worth writing. */
	static final class StoredSession implements Session {

		private final Session stored;
		private boolean fresh;
		private boolean changed;
		private Instant writtenAccess;

		StoredSession(Session stored, boolean fresh) {
			this.stored = stored;
			this.fresh = fresh;
			this.writtenAccess = stored.getLastAccessedTime();
		}

		private void saved() {
			fresh = false;
			changed = false;
			writtenAccess = stored.getLastAccessedTime();
		}

		@Override
		public void setLastAccessedTime(Instant lastAccessedTime) {
			if (fresh || changed || !lastAccessedTime.isBefore(writtenAccess.plus(TOUCH_EVERY))) {
				stored.setLastAccessedTime(lastAccessedTime);
				changed = true;
			}
		}

		@Override
		public void setAttribute(String attributeName, Object attributeValue) {
			stored.setAttribute(attributeName, attributeValue);
			changed = true;
		}

		@Override
		public void removeAttribute(String attributeName) {
			stored.removeAttribute(attributeName);
			changed = true;
		}

		@Override
		public String changeSessionId() {
			changed = true;
			return stored.changeSessionId();
		}

		@Override
		public void setMaxInactiveInterval(Duration interval) {
			stored.setMaxInactiveInterval(interval);
			changed = true;
		}

		@Override
		public String getId() {
			return stored.getId();
		}

		@Override
		public <T> T getAttribute(String attributeName) {
			return stored.getAttribute(attributeName);
		}

		@Override
		public Set<String> getAttributeNames() {
			return stored.getAttributeNames();
		}

		@Override
		public Instant getCreationTime() {
			return stored.getCreationTime();
		}

		@Override
		public Instant getLastAccessedTime() {
			return stored.getLastAccessedTime();
		}

		@Override
		public Duration getMaxInactiveInterval() {
			return stored.getMaxInactiveInterval();
		}

		@Override
		public boolean isExpired() {
			return stored.isExpired();
		}
	}
}
