package vn.atgt.thidua.common.xlsx;

import java.util.ArrayList;
import java.util.List;

/**
 * The dry run of an import: the rows turned into commands, and the problems found. Nothing is written unless there
 * is no problem at all (imports are all-or-nothing).
 */
public record ImportCheck<T>(List<T> commands, List<ImportProblem> problems) {

	public boolean isValid() {
		return problems.isEmpty() && !commands.isEmpty();
	}

	public int rowCount() {
		return commands.size();
	}

	/** Collects commands and problems while the rows are checked. */
	public static final class Builder<T> {

		private final List<T> commands = new ArrayList<>();
		private final List<ImportProblem> problems = new ArrayList<>();

		public void problem(int row, String column, String key, Object... args) {
			problems.add(new ImportProblem(row, column, key, args));
		}

		public void problems(List<ImportProblem> more) {
			problems.addAll(more);
		}

		public void accept(T command) {
			commands.add(command);
		}

		public boolean hasProblemsInRow(int row) {
			return problems.stream().anyMatch(p -> p.row() == row);
		}

		public ImportCheck<T> build() {
			return new ImportCheck<>(List.copyOf(commands), List.copyOf(problems));
		}
	}
}
