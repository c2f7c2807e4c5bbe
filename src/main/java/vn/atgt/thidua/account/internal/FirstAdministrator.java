package vn.atgt.thidua.account.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

import vn.atgt.thidua.account.AccountService;

/**
 * Outside the demo there is no default password: on the first start of an empty database the first administrator
 * comes from {@code THIDUA_ADMIN_USERNAME} and {@code THIDUA_ADMIN_PASSWORD}.
 */
@Component
@Order(0)
class FirstAdministrator implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

	private final AccountService accounts;
	private final FirstAdministratorProperties administrator;
	private final boolean demo;

	FirstAdministrator(AccountService accounts, FirstAdministratorProperties administrator, Environment environment) {
		this.accounts = accounts;
		this.administrator = administrator;
		this.demo = environment.acceptsProfiles(Profiles.of("demo"));
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!administrator.given()) {
			if (!demo && !accounts.anyUserExists()) {
				log.warn("No user exists yet. Set THIDUA_ADMIN_USERNAME and THIDUA_ADMIN_PASSWORD and restart to create the first administrator.");
			}
			return;
		}
		if (!accounts.anyUserExists()) {
			// an empty installation starts with its system administrator, who creates the committees (issue 18)
			if (accounts.noCommitteeYet()) {
				accounts.createSystemAdministrator(administrator.username(), administrator.password(),
						administrator.username());
			}
			else {
				accounts.createAdministrator(administrator.username(), administrator.password(),
						administrator.username());
			}
			log.info("Created the first administrator '{}'.", administrator.username());
		}
	}
}
