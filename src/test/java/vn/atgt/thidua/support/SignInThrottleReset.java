package vn.atgt.thidua.support;

import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

import vn.atgt.thidua.account.internal.AddressThrottle;

/**
 * Every test signs in from 127.0.0.1, so the failed sign-ins of the whole suite would add up on one address and
 * refuse it: each test starts with the address throttle's memory empty, as each starts with the clock reset.
 */
public class SignInThrottleReset extends AbstractTestExecutionListener {

	@Override
	public void beforeTestMethod(TestContext testContext) {
		testContext.getApplicationContext().getBean(AddressThrottle.class).forgetAll();
	}
}
