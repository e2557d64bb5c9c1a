package cn.gridservice.desk.demo;

import cn.gridservice.desk.customer.domain.Area;
import cn.gridservice.desk.customer.domain.Customer;
import cn.gridservice.desk.customer.domain.CustomerCategory;
import cn.gridservice.desk.customer.domain.Equipment;
import cn.gridservice.desk.platform.Times;
import cn.gridservice.desk.staff.domain.StaffMember;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;

/**
 * The demo customers: every category and area, high-risk, important and key accounts among them,
 * and equipment in and out of warranty; part of {@link DemoData}.
 */
@ApplicationScoped
public class DemoCustomers {

  @PersistenceContext EntityManager em;

  /** The customers, their customer manager (for the priority ones) and their equipment. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void create() {
    StaffMember manager = em.find(StaffMember.class, "custmgr");
    Object[][] rows = {
      // no, name, category, area, highRisk, important, keyAccount, contact, phone, address
      {
        "3301000001",
        "张建华",
        CustomerCategory.RESIDENTIAL,
        Area.URBAN,
        false,
        false,
        false,
        "张建华",
        "13805710001",
        "杭州市西湖区文三路88号3幢2单元501室"
      },
      {
        "3301000002",
        "李秀英",
        CustomerCategory.RESIDENTIAL,
        Area.URBAN,
        false,
        false,
        false,
        "李秀英",
        "13805710002",
        "杭州市拱墅区湖墅南路120号6-302"
      },
      {
        "3301000003",
        "王德明",
        CustomerCategory.RESIDENTIAL,
        Area.RURAL,
        false,
        false,
        false,
        "王德明",
        "13905720003",
        "湖州市安吉县天荒坪镇大溪村12号"
      },
      {
        "3301000004",
        "刘桂兰",
        CustomerCategory.RESIDENTIAL,
        Area.RURAL,
        false,
        false,
        false,
        "刘桂兰",
        "13905720004",
        "湖州市德清县莫干山镇劳岭村45号"
      },
      {
        "3301000005",
        "陈国强",
        CustomerCategory.RESIDENTIAL,
        Area.REMOTE,
        false,
        false,
        false,
        "陈国强",
        "13705800005",
        "舟山市嵊泗县枸杞乡干斋村7号"
      },
      {
        "3301000006",
        "杨淑珍",
        CustomerCategory.RESIDENTIAL,
        Area.REMOTE,
        false,
        false,
        false,
        "杨淑珍",
        "13705800006",
        "丽水市景宁县大均乡泉坑村3号"
      },
      {
        "3301000007",
        "赵海波",
        CustomerCategory.RESIDENTIAL,
        Area.URBAN,
        false,
        false,
        false,
        "赵海波",
        "13805710007",
        "杭州市上城区望江路56号1-1201"
      },
      {
        "3301000008",
        "周丽娟",
        CustomerCategory.RESIDENTIAL,
        Area.URBAN,
        false,
        false,
        false,
        "周丽娟",
        "13805710008",
        "杭州市滨江区江南大道300号9-803"
      },
      {
        "3302000001",
        "西湖区文三路便利店",
        CustomerCategory.LOW_VOLTAGE_NON_RESIDENTIAL,
        Area.URBAN,
        false,
        false,
        false,
        "黄店长",
        "13605710011",
        "杭州市西湖区文三路102号"
      },
      {
        "3302000002",
        "安吉白茶加工坊",
        CustomerCategory.LOW_VOLTAGE_NON_RESIDENTIAL,
        Area.RURAL,
        false,
        false,
        false,
        "吴师傅",
        "13605720012",
        "湖州市安吉县溪龙乡黄杜村"
      },
      {
        "3302000003",
        "拱墅区社区卫生服务站",
        CustomerCategory.LOW_VOLTAGE_NON_RESIDENTIAL,
        Area.URBAN,
        false,
        true,
        false,
        "许站长",
        "13605710013",
        "杭州市拱墅区大关路200号"
      },
      {
        "3302000004",
        "嵊泗海鲜冷库",
        CustomerCategory.LOW_VOLTAGE_NON_RESIDENTIAL,
        Area.REMOTE,
        false,
        false,
        false,
        "林老板",
        "13605800014",
        "舟山市嵊泗县菜园镇码头路9号"
      },
      {
        "3302000005",
        "滨江小学",
        CustomerCategory.LOW_VOLTAGE_NON_RESIDENTIAL,
        Area.URBAN,
        false,
        true,
        false,
        "何校长",
        "13605710015",
        "杭州市滨江区长河路500号"
      },
      {
        "3302000006",
        "德清农家乐",
        CustomerCategory.LOW_VOLTAGE_NON_RESIDENTIAL,
        Area.RURAL,
        false,
        false,
        false,
        "沈老板",
        "13605720016",
        "湖州市德清县莫干山镇仙潭村"
      },
      {
        "3303000001",
        "杭州钱江化工有限公司",
        CustomerCategory.HIGH_VOLTAGE_SINGLE_SOURCE,
        Area.URBAN,
        true,
        true,
        false,
        "马工",
        "057186000021",
        "杭州市钱塘区临江工业园纬三路8号"
      },
      {
        "3303000002",
        "安吉竹木制品厂",
        CustomerCategory.HIGH_VOLTAGE_SINGLE_SOURCE,
        Area.RURAL,
        false,
        false,
        false,
        "钱厂长",
        "057256000022",
        "湖州市安吉县递铺镇工业区"
      },
      {
        "3303000003",
        "舟山远洋渔业公司",
        CustomerCategory.HIGH_VOLTAGE_SINGLE_SOURCE,
        Area.REMOTE,
        false,
        false,
        true,
        "孔经理",
        "058056000023",
        "舟山市普陀区沈家门渔港路1号"
      },
      {
        "3303000004",
        "湖州长兴矿业有限公司",
        CustomerCategory.HIGH_VOLTAGE_SINGLE_SOURCE,
        Area.RURAL,
        true,
        true,
        false,
        "蒋矿长",
        "057256000024",
        "湖州市长兴县煤山镇矿区路"
      },
      {
        "3303000005",
        "杭州城西购物中心",
        CustomerCategory.HIGH_VOLTAGE_SINGLE_SOURCE,
        Area.URBAN,
        false,
        false,
        true,
        "韩经理",
        "057186000025",
        "杭州市西湖区古墩路701号"
      },
      {
        "3304000001",
        "浙江省人民医院",
        CustomerCategory.HIGH_VOLTAGE_DUAL_SOURCE,
        Area.URBAN,
        true,
        true,
        true,
        "曹科长",
        "057186000031",
        "杭州市上城区上塘路158号"
      },
      {
        "3304000002",
        "杭钢集团炼钢厂",
        CustomerCategory.HIGH_VOLTAGE_DUAL_SOURCE,
        Area.URBAN,
        true,
        true,
        true,
        "严处长",
        "057186000032",
        "杭州市拱墅区半山路178号"
      },
      {
        "3304000003",
        "钱塘云数据中心",
        CustomerCategory.HIGH_VOLTAGE_DUAL_SOURCE,
        Area.URBAN,
        false,
        true,
        true,
        "华主管",
        "057186000033",
        "杭州市钱塘区江东大道3399号"
      },
      {
        "3304000004",
        "杭州地铁运营公司",
        CustomerCategory.HIGH_VOLTAGE_DUAL_SOURCE,
        Area.URBAN,
        false,
        true,
        true,
        "金主任",
        "057186000034",
        "杭州市上城区九堡路1号"
      },
      {
        "3304000005",
        "德清污水处理厂",
        CustomerCategory.HIGH_VOLTAGE_DUAL_SOURCE,
        Area.RURAL,
        true,
        true,
        false,
        "魏厂长",
        "057256000035",
        "湖州市德清县武康镇环保路2号"
      },
    };
    for (Object[] r : rows) {
      Customer customer =
          new Customer((String) r[0], (String) r[1], (CustomerCategory) r[2], (Area) r[3])
              .flags((Boolean) r[4], (Boolean) r[5], (Boolean) r[6])
              .contact((String) r[7], (String) r[8], null, (String) r[9]);
      if (customer.isPriority()
          || customer.category() == CustomerCategory.HIGH_VOLTAGE_DUAL_SOURCE) {
        customer.assignManager(manager);
      }
      em.persist(customer);
    }
    // equipment records decide the warranty of a case (保修期内/外)
    LocalDate today = LocalDate.now(Times.BUSINESS_ZONE);
    equipment(
        "3302000004",
        "冷库压缩机组",
        "LS-30",
        "CMP-2025-0412",
        today.minusMonths(8),
        today.plusMonths(16));
    equipment(
        "3301000003", "户外计量箱", "JLX-1", "MB-2019-7781", today.minusYears(6), today.minusYears(3));
    equipment(
        "3304000003",
        "UPS 不间断电源",
        "UPS-400K",
        "UPS-2024-0031",
        today.minusYears(1),
        today.plusYears(2));
  }

  private void equipment(
      String customerNo,
      String name,
      String model,
      String serial,
      LocalDate installed,
      LocalDate warrantyEnd) {
    Customer customer =
        em.createNamedQuery("Customer.byNo", Customer.class)
            .setParameter("no", customerNo)
            .getSingleResult();
    em.persist(new Equipment(customer, name, model, serial, installed, warrantyEnd));
  }
}
