package vn.atgt.thidua.common.web;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code thidua.imports.*}: the largest sheet an import accepts (far below evidence uploads: a sheet of 20,000 rows
 * is well under 2 MB, and a sheet unpacks to many times its size), how many sheets are read at the same time, and how
 * long a request waits for its turn before it is told to try again.
 */
@ConfigurationProperties("thidua.imports")
public record ImportProperties(DataSize maxFileSize, int concurrent, Duration maxWait) {
}
