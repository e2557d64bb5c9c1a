package cn.gridservice.desk.testsupport;

import org.jboss.arquillian.container.test.api.DeploymentConfiguration;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.container.test.spi.client.deployment.AutomaticDeployment;
import org.jboss.arquillian.test.spi.TestClass;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The deployment of every {@link ServerIT}, so that no test class declares one (Arquillian finds
 * this class through {@code META-INF/services}). The archive is {@link
 * ServerDeployment#application()}; a test that runs in the server also brings itself, its base
 * classes, its nested classes and the helpers it may call there. Its static
 * {@code @BeforeDeployment} method, if it has one, adds what else it needs.
 */
public final class ServerITDeployment implements AutomaticDeployment {

  @Override
  public DeploymentConfiguration generateDeploymentScenario(TestClass testClass) {
    if (!ServerIT.class.isAssignableFrom(testClass.getJavaClass())) {
      return null;
    }
    boolean inServer = !testClass.isAnnotationPresent(RunAsClient.class);
    WebArchive archive = ServerDeployment.application();
    if (inServer) {
      for (Class<?> type = testClass.getJavaClass();
          type != Object.class;
          type = type.getSuperclass()) {
        archive.addClass(type).addClasses(type.getDeclaredClasses());
      }
      archive.addClass(TestTimes.class);
    }
    return new DeploymentConfiguration.DeploymentContentBuilder(archive)
        .withDeployment()
        .withTestable(inServer)
        .build()
        .get();
  }
}
