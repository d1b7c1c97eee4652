package org.globalhub.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.naming.InitialContext;
import org.globalhub.As;
import org.globalhub.HubDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every public method of every Hub EJB, called by every kind of user, against {@link
 * AccessMatrix#SERVICES}. A call counts as refused only when the container throws
 * EJBAccessException; any other outcome (a result, a business error for the dummy arguments) means
 * the caller got in.
 */
@ExtendWith(ArquillianExtension.class)
class ServiceAccessIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return HubDeployment.withTests();
    }

    @Inject BeanManager beans;

    private TreeMap<String, Method> businessMethods() {
        TreeMap<String, Method> methods = new TreeMap<>();
        for (Bean<?> bean : beans.getBeans(Object.class)) {
            Class<?> type = bean.getBeanClass();
            boolean hubEjb =
                    type.getName().startsWith("org.globalhub.")
                            && (type.isAnnotationPresent(Stateless.class)
                                    || type.isAnnotationPresent(Singleton.class))
                            && !type.getName().startsWith("org.globalhub.security.")
                            // test-only beans that every test deployment adds (IdentityProbe,
                            // OutboxProbe): never shipped
                            && !type.getSimpleName().endsWith("Probe");
            if (hubEjb) {
                for (Method method : type.getDeclaredMethods()) {
                    if (Modifier.isPublic(method.getModifiers()) && !method.isSynthetic()) {
                        methods.put(type.getSimpleName() + "." + method.getName(), method);
                    }
                }
            }
        }
        return methods;
    }

    @Test
    void everyBusinessMethodHasAnEntryInTheAccessMatrix() {
        assertEquals(
                new TreeSet<>(AccessMatrix.SERVICES.keySet()),
                new TreeSet<>(businessMethods().keySet()),
                "public EJB methods vs entries in AccessMatrix.SERVICES");
    }

    @Test
    void everyRoleCallsExactlyTheMethodsTheMatrixGivesIt() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (var entry : businessMethods().entrySet()) {
            Method method = entry.getValue();
            Object ejb = lookup(method.getDeclaringClass().getSimpleName());
            Set<String> allowed = AccessMatrix.SERVICES.getOrDefault(entry.getKey(), Set.of());
            for (String role : AccessMatrix.ROLES) {
                boolean noLogin =
                        List.of(
                                        AccessMatrix.ANONYMOUS,
                                        AccessMatrix.PENDING,
                                        AccessMatrix.SUSPENDED)
                                .contains(role);
                boolean got =
                        noLogin ? reaches(ejb, method) : As.user(role, () -> reaches(ejb, method));
                if (got != allowed.contains(role)) {
                    wrong.add(entry.getKey() + " as " + role + ": " + (got ? "got in" : "refused"));
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    /** The Hub's EJBs live in two modules. */
    private static Object lookup(String bean) throws Exception {
        try {
            return new InitialContext().lookup("java:global/hub/hub-ejb/" + bean);
        } catch (javax.naming.NameNotFoundException e) {
            return new InitialContext().lookup("java:global/hub/hub-batch/" + bean);
        }
    }

    /**
     * Calls with neutral arguments (null, 0, true): only the access decision matters here. Booleans
     * are true because that is the harmless choice where one matters: a purge started here is a dry
     * run.
     */
    private static boolean reaches(Object ejb, Method method) throws ReflectiveOperationException {
        Object[] arguments = new Object[method.getParameterCount()];
        Class<?>[] types = method.getParameterTypes();
        for (int i = 0; i < types.length; i++) {
            arguments[i] =
                    types[i] == long.class
                            ? 0L
                            : types[i] == int.class ? 0 : types[i] == boolean.class ? true : null;
        }
        try {
            ejb.getClass().getMethod(method.getName(), types).invoke(ejb, arguments);
            return true;
        } catch (InvocationTargetException e) {
            return !(e.getCause() instanceof EJBAccessException);
        }
    }
}
