package o11yshop.platform.web.lifecycle;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Ends this service when the process that started it is gone. The local launcher starts every service
 * as its own JVM and names itself in {@code SHOP_PARENT_PID}; if the launcher is killed without a
 * chance to stop its children, they stop themselves instead of lingering as orphans.
 */
public class ParentProcessWatcher implements ApplicationListener<ApplicationReadyEvent> {

    private static final Logger log = LoggerFactory.getLogger(ParentProcessWatcher.class);

    private final long parentPid;

    public ParentProcessWatcher(long parentPid) {
        this.parentPid = parentPid;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        ConfigurableApplicationContext context = event.getApplicationContext();
        ProcessHandle.of(parentPid).ifPresentOrElse(
                parent -> parent.onExit().thenRun(() -> stop(context)),
                () -> stop(context));
    }

    private void stop(ConfigurableApplicationContext context) {
        log.warn("Parent process {} is gone; stopping", parentPid);
        int code = org.springframework.boot.SpringApplication.exit(context, () -> 0);
        System.exit(code);
    }
}
