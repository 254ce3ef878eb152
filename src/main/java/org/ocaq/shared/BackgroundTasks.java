package org.ocaq.shared;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.core.task.TaskExecutor;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Where views run long work (a roster import) while the page shows its progress, each task on a virtual thread. The
 * caller hands over its security context with {@link #asCurrentUser}, so that services check rights as usual.
 */
@Configuration(proxyBeanMethods = false)
public class BackgroundTasks {

    public static final String EXECUTOR = "ocaqBackgroundTasks";

    @Bean(EXECUTOR)
    TaskExecutor ocaqBackgroundTasks() {
        SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("ocaq-background-");
        executor.setVirtualThreads(true);
        executor.setConcurrencyLimit(4);
        return executor;
    }

    /** The work, to be run on another thread as the person signed in on this one. */
    public static Runnable asCurrentUser(Runnable work) {
        return new DelegatingSecurityContextRunnable(work, SecurityContextHolder.getContext());
    }
}
