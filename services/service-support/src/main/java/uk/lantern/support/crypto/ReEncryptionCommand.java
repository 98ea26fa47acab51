package uk.lantern.support.crypto;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code --lantern.encryption.re-encrypt=true}: the service's own jar, with its own declarations of which fields are
 * sensitive, rewrites every stored sensitive value under the primary key, prints the report and exits — 0 when
 * every value is now under the primary key, 3 when some could not be opened (listed in the log; do not retire a key
 * while any value is reported under it). Start it beside the running service with
 * {@code --spring.main.web-application-type=none --server.port=0}; see service-support's README.
 */
public final class ReEncryptionCommand implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ReEncryptionCommand.class);

    private final ReEncryption reEncryption;
    private final List<SensitiveFields> collections;
    private final ConfigurableApplicationContext context;

    public ReEncryptionCommand(ReEncryption reEncryption, List<SensitiveFields> collections,
                               ConfigurableApplicationContext context) {
        this.reEncryption = reEncryption;
        this.collections = collections;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<ReEncryption.Report> reports = reEncryption.run(collections);
        boolean complete = reports.stream().allMatch(ReEncryption.Report::complete);
        for (ReEncryption.Report r : reports) {
            log.info("RE-ENCRYPTION {}: read {}, rewrote {} values in {} documents, before: {} plain, by key {}; "
                    + "conflicts retried {}", r.collection(), r.documentsRead(), r.valuesRewritten(),
                    r.documentsRewritten(), r.plaintextBefore(), r.valuesByKeyBefore(), r.conflictsRetried());
            r.unreadable().forEach(u -> log.error("RE-ENCRYPTION {}: NOT READABLE {}", r.collection(), u));
        }
        log.info("RE-ENCRYPTION {}", complete ? "COMPLETE: every sensitive value is under the primary key"
                : "INCOMPLETE: values above could not be opened; keep their keys");
        int code = complete ? 0 : 3;
        System.exit(SpringApplication.exit(context, () -> code));
    }
}
