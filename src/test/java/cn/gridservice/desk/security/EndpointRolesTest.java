package cn.gridservice.desk.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.HttpMethod;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Who may use what is declared, not left to chance: every REST endpoint names its roles, and every
 * role named in code or web.xml is a staff role the realm can grant.
 */
class EndpointRolesTest {

  private static final String JAKARTA_EE = "https://jakarta.ee/xml/ns/jakartaee";

  private static List<Class<?>> applicationClasses;

  @BeforeAll
  static void loadCompiledApplicationClasses() throws IOException, URISyntaxException {
    Path classes =
        Path.of(
            ApiAuthenticationFilter.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
    applicationClasses = new ArrayList<>();
    try (Stream<Path> files = Files.walk(classes)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
        String relative =
            classes.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".");
        String name = relative.substring(0, relative.length() - ".class".length());
        if (name.endsWith("package-info")) {
          continue;
        }
        try {
          // not initialised: static state of the classes must not run just to be looked at
          applicationClasses.add(
              Class.forName(name, false, EndpointRolesTest.class.getClassLoader()));
        } catch (ClassNotFoundException e) {
          throw new IllegalStateException("cannot load " + name, e);
        }
      }
    }
  }

  @Test
  void everyRestEndpointDeclaresWhoMayUseIt() {
    List<String> endpoints = new ArrayList<>();
    List<String> undeclared = new ArrayList<>();
    for (Class<?> resource : resourceClasses()) {
      for (Method method : resource.getMethods()) {
        if (!isResourceMethod(method)) {
          continue;
        }
        String endpoint = resource.getSimpleName() + "." + method.getName();
        endpoints.add(endpoint);
        if (!declaresAccess(method) && !declaresAccess(method.getDeclaringClass())) {
          undeclared.add(endpoint);
        }
      }
    }

    assertThat(endpoints).as("endpoints found in the compiled classes").isNotEmpty();
    assertThat(undeclared).as("endpoints without @Allowed, @PermitAll or @DenyAll").isEmpty();
  }

  @Test
  void rolesAreDeclaredOnlyInPermissionNotInRolesAllowed() {
    Set<String> used = new TreeSet<>();
    for (Class<?> type : applicationClasses) {
      addRolesAllowed(type, used);
      for (Method method : type.getDeclaredMethods()) {
        addRolesAllowed(method, used);
      }
    }

    // one declaration (Permission) serves the API and the pages; a @RolesAllowed beside it would
    // drift
    assertThat(used).as("roles named in @RolesAllowed").isEmpty();
  }

  @Test
  void everyRoleInWebXmlIsAStaffRole() throws Exception {
    Document webXml = webXml();

    Set<String> used = new TreeSet<>();
    NodeList constraints = webXml.getElementsByTagNameNS(JAKARTA_EE, "auth-constraint");
    for (int i = 0; i < constraints.getLength(); i++) {
      used.addAll(texts((Element) constraints.item(i), "role-name"));
    }

    assertThat(used).isNotEmpty();
    assertThat(roleNames()).containsAll(used);
  }

  @Test
  void everyPageNotListedOtherwiseNeedsAStaffRole() throws Exception {
    Document webXml = webXml();

    List<Element> catchAll = new ArrayList<>();
    NodeList constraints = webXml.getElementsByTagNameNS(JAKARTA_EE, "security-constraint");
    for (int i = 0; i < constraints.getLength(); i++) {
      Element constraint = (Element) constraints.item(i);
      if (texts(constraint, "url-pattern").contains("/*")) {
        catchAll.add(constraint);
      }
    }

    // without it, a new page folder would be open to anybody until someone remembers to list it;
    // and a second /* constraint without auth-constraint would lift it again (Servlet spec:
    // combining constraints)
    assertThat(catchAll)
        .as("security constraints on /*")
        .isNotEmpty()
        .allSatisfy(
            constraint -> {
              NodeList authConstraints =
                  constraint.getElementsByTagNameNS(JAKARTA_EE, "auth-constraint");
              assertThat(authConstraints.getLength()).as("auth-constraint on /*").isEqualTo(1);
              assertThat(texts((Element) authConstraints.item(0), "role-name"))
                  .isNotEmpty()
                  .isSubsetOf(roleNames());
            });
  }

  // --- helpers ---

  private static List<Class<?>> resourceClasses() {
    return applicationClasses.stream()
        .filter(type -> type.isAnnotationPresent(jakarta.ws.rs.Path.class))
        .toList();
  }

  private static boolean isResourceMethod(Method method) {
    if (method.getDeclaringClass() == Object.class || Modifier.isStatic(method.getModifiers())) {
      return false;
    }
    if (method.isAnnotationPresent(jakarta.ws.rs.Path.class)) {
      return true;
    }
    // GET, POST, PUT, DELETE, PATCH, HEAD, OPTIONS are all meta-annotated with @HttpMethod
    for (Annotation annotation : method.getAnnotations()) {
      if (annotation.annotationType().isAnnotationPresent(HttpMethod.class)) {
        return true;
      }
    }
    return false;
  }

  private static boolean declaresAccess(AnnotatedElement element) {
    return element.isAnnotationPresent(Allowed.class)
        || element.isAnnotationPresent(PermitAll.class)
        || element.isAnnotationPresent(DenyAll.class);
  }

  private static void addRolesAllowed(AnnotatedElement element, Set<String> roles) {
    RolesAllowed allowed = element.getAnnotation(RolesAllowed.class);
    if (allowed != null) {
      roles.addAll(List.of(allowed.value()));
    }
  }

  private static Set<String> roleNames() {
    Set<String> names = new TreeSet<>();
    for (Role role : Role.values()) {
      names.add(role.name());
    }
    return names;
  }

  private static Document webXml() throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Path webXml =
        Path.of(System.getProperty("user.dir"), "src", "main", "webapp", "WEB-INF", "web.xml");
    return factory.newDocumentBuilder().parse(webXml.toFile());
  }

  private static Set<String> texts(Element parent, String childName) {
    Set<String> texts = new TreeSet<>();
    NodeList children = parent.getElementsByTagNameNS(JAKARTA_EE, childName);
    for (int i = 0; i < children.getLength(); i++) {
      texts.add(children.item(i).getTextContent().trim());
    }
    return texts;
  }
}
