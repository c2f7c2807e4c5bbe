package vn.atgt.thidua.document;

/**
 * A file to keep among a campaign's documents: its title on the list, the file's name and bytes, and whether only
 * those who see every unit (the committee: standing office, leaders, administrators) read it.
 */
public record KeptFileCommand(String title, String fileName, byte[] content, boolean restricted) {
}
