package cn.gridservice.desk.testsupport;

import java.io.File;
import java.net.URISyntaxException;
import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one way integration tests deploy: the WAR the build just produced (the real application, as
 * users run it) plus the test classes and test models a test needs.
 */
public final class ServerDeployment {

  /** Where the server answers; the application sits at the root context. */
  public static final String BASE_URL = System.getProperty("gsd.base.url", "http://127.0.0.1:8080");

  private ServerDeployment() {}

  public static WebArchive application() {
    File war = new File(System.getProperty("gsd.war", "target/grid-service-desk.war"));
    if (!war.isFile()) {
      throw new IllegalStateException(
          war + " is missing: integration tests run after 'mvn package'");
    }
    return ShrinkWrap.createFromZipFile(WebArchive.class, war)
        .addClasses(ServerDeployment.class, Http.class, DemoStaff.class)
        // in-container tests assert with AssertJ (byte-buddy backs its soft assertions)
        .addAsLibraries(
            jarOf(org.assertj.core.api.Assertions.class), jarOf(net.bytebuddy.ByteBuddy.class))
        .addAsLibrary(
            ShrinkWrap.create(JavaArchive.class, "arquillian-runner-open.jar")
                .addAsManifestResource("it-web/web-fragment.xml", "web-fragment.xml"));
  }

  public static File jarOf(Class<?> type) {
    try {
      return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Adds a test model from src/test/resources/it-processes; the application deploys it at start-up.
   */
  public static WebArchive withTestModel(Archive<?> archive, String fileName) {
    return archive
        .as(WebArchive.class)
        .addAsResource("it-processes/" + fileName, "processes/" + fileName);
  }

  /**
   * Adds GreenMail and {@link Mailbox}, for a test in the server that receives the application's
   * mails.
   */
  public static WebArchive withGreenMail(Archive<?> archive) {
    return archive
        .as(WebArchive.class)
        .addClass(Mailbox.class)
        .addAsLibraries(jarOf(com.icegreen.greenmail.util.GreenMail.class));
  }
}
