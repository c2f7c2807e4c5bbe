/**
 * The demo data of the embedded default (profile {@code demo}): the Tam Đường 2024 movement of the seed plan, its
 * units and accounts, and sample targets, reports and accident figures clearly marked as sample data. Each step is an
 * {@link org.springframework.boot.ApplicationRunner} that uses only the modules' public services and runs once, on an
 * empty database. Nobody depends on this module.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "submission", "summary", "scoring", "commendation",
		"exemplar", "monitoring", "report", "registration", "accident", "campaign", "account", "unit", "common" })
package vn.atgt.thidua.demo;
