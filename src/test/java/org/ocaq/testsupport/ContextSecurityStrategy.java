package org.ocaq.testsupport;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Vaadin makes a security-context strategy per application context and installs it globally in
 * {@link SecurityContextHolder}. Tests keep two contexts alive in one JVM (the server one and the browserless one),
 * so the one started last would otherwise own the global holder while the other context's request filters keep their
 * own: a real HTTP request would then reach our services signed out. Each test class installs its own context's
 * strategy before it runs. In the application there is only one context, so this never arises there.
 */
public class ContextSecurityStrategy extends AbstractTestExecutionListener {

    @Override
    public void beforeTestClass(TestContext testContext) {
        testContext.getApplicationContext().getBeanProvider(SecurityContextHolderStrategy.class)
                .ifUnique(SecurityContextHolder::setContextHolderStrategy);
    }
}
