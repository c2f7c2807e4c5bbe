package vn.atgt.thidua.account.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.stereotype.Component;

/**
 * Every minute, on one node at a time: deletes the expired sessions from the session store (Spring Session's own
 * cleanup is switched off, {@code spring.session.jdbc.cleanup-cron=-}, since it would run on every node) and the
 * address throttle's counts that no longer matter.
 */
@Component
class AccountHousekeeping {

	private static final Logger log = LoggerFactory.getLogger(AccountHousekeeping.class);

	private final JdbcIndexedSessionRepository sessions;
	private final AddressThrottle addresses;

	AccountHousekeeping(JdbcIndexedSessionRepository sessions, AddressThrottle addresses) {
		this.sessions = sessions;
		this.addresses = addresses;
	}

	@Scheduled(cron = "${thidua.housekeeping.cron:0 * * * * *}")
	@SchedulerLock(name = "account-housekeeping", lockAtMostFor = "PT5M")
	void run() {
		sessions.cleanUpExpiredSessions();
		int forgotten = addresses.forgetStale();
		if (forgotten > 0) {
			log.debug("Forgot the failed sign-ins of {} addresses", forgotten);
		}
	}
}
