/**
 * The data generator (issue 19): {@code --generate=province} or {@code --generate=national} fills an empty PostgreSQL
 * database with a generated data set of that scale for the benchmark in {@code bench/}, then the application exits.
 * Off unless the argument is given. It writes with set-based SQL ({@code INSERT … SELECT generate_series}), so the
 * rows are built inside PostgreSQL without a round trip per row; every row keeps the invariants the modules' entities
 * and migrations state; the value kept per approved target is then rebuilt by the report module's own statement
 * ({@code ReportCompletions.rebuild}), so that its definition lives in one place. Nobody depends on this module.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "report", "common" })
package vn.atgt.thidua.generator;
