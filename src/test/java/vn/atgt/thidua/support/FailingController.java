package vn.atgt.thidua.support;

import java.sql.SQLTransientConnectionException;

import org.springframework.stereotype.Controller;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.GetMapping;

/** Throws on purpose, so that tests can check what a user sees of an unexpected error. */
@Controller
class FailingController {

	@GetMapping("/test-support/fail")
	String fail() {
		throw new IllegalStateException("secret detail at vn.atgt.thidua.Internal.line(42)");
	}

	/** What a service call answers while the database is away: the pool found no connection within its timeout. */
	@GetMapping("/test-support/database-gone")
	String databaseGone() {
		throw new CannotCreateTransactionException("Could not open JPA EntityManager for transaction",
				new SQLTransientConnectionException("HikariPool-1 - Connection is not available, secret detail"));
	}
}
